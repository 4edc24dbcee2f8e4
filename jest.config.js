const { loadEnv } = require("@medusajs/framework/utils")

loadEnv("test", process.cwd())

const swcTransform = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true, decorators: true },
      transform: { react: { runtime: "automatic" } },
    },
  },
]

/**
 * The kinds of tests, chosen with TEST_TYPE:
 * - unit: pure logic and the partner sandboxes over loopback HTTP, no database
 *   (`src/**\/__tests__/*.unit.spec.ts`, `*.contract.spec.ts`, and the same
 *   under `packages/sandbox/src`)
 * - integration:steps: one workflow step at a time, in a one-step workflow over
 *   the gifting module alone (moduleIntegrationTestRunner) on PostgreSQL, with
 *   the partner sandboxes (`integration-tests/steps/*.spec.ts`)
 * - integration:http: a real Medusa app booted by medusaIntegrationTestRunner
 *   on PostgreSQL, driven over HTTP (`integration-tests/http/*.spec.ts`)
 * - browser: the dev store with its admin served, driven in headless Chromium
 *   (`integration-tests/browser/*.spec.ts`)
 * - reliability: faults, crashes (a child store killed with SIGKILL), fuzzing,
 *   access and secret leaks (`integration-tests/reliability/*.spec.ts`)
 */
const testMatchByType = {
  unit: [
    "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s?(x)",
    "<rootDir>/src/**/__tests__/**/*.contract.spec.[jt]s?(x)",
    "<rootDir>/scripts/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/packages/*/src/**/__tests__/**/*.unit.spec.ts",
    "<rootDir>/packages/*/src/**/__tests__/**/*.contract.spec.ts",
  ],
  "integration:steps": ["<rootDir>/integration-tests/steps/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  browser: ["<rootDir>/integration-tests/browser/**/*.spec.[jt]s"],
  reliability: ["<rootDir>/integration-tests/reliability/*.spec.[jt]s"],
}

module.exports = {
  transform: { "^.+\\.[jt]sx?$": swcTransform },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // The sandbox workspace runs from its TypeScript sources here (its dist/ is
  // what the packed package ships), so a change there needs no build first.
  moduleNameMapper: {
    "^@medusa-plugin-gifting/sandbox$": "<rootDir>/packages/sandbox/src/index.ts",
    "^@medusa-plugin-gifting/sandbox/(giftyzet|ugiftme)$": "<rootDir>/packages/sandbox/src/$1/index.ts",
  },
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/", "<rootDir>/examples/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: testMatchByType[process.env.TEST_TYPE || "unit"],
}
