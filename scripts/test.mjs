#!/usr/bin/env node
// `npm test`: type checks, then the unit tests (no database), then the workflow
// step tests (one step over the gifting module, integration-tests/steps), then the HTTP
// integration tests on PostgreSQL (the one in DB_HOST/DATABASE_URL, else an
// embedded one), then the reliability & security suite
// (integration-tests/reliability), then the admin and storefront browser tests (the dev store
// with its admin, and the example Next.js storefront in examples/storefront, in headless
// Chromium from /usr/bin/chromium). Ends with one summary line
// over every jest run.
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const bin = (name) => path.join(root, "node_modules", ".bin", name)
const reports = mkdtempSync(path.join(tmpdir(), "gifting-test-"))

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`)
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

function jestRun(label, testType, wrapper = []) {
  const outputFile = path.join(reports, `${testType.replace(/\W/g, "-")}.json`)
  const jestArgs = ["--runInBand", "--forceExit", "--json", `--outputFile=${outputFile}`]
  const env = { TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" }
  const [command, args] = wrapper.length
    ? [process.execPath, [...wrapper, "jest", ...jestArgs]]
    : [bin("jest"), jestArgs]
  return run(label, command, args, env).then((code) => ({ code, outputFile }))
}

function count(outputFile) {
  try {
    const report = JSON.parse(readFileSync(outputFile, "utf8"))
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites }
  } catch {
    return { passed: 0, failed: 1 }
  }
}

const steps = []
let failed = false

for (const [label, project] of [
  ["type check: server (tsc)", "tsconfig.json"],
  ["type check: admin extensions (tsc)", "src/admin/tsconfig.json"],
  ["type check: sandbox package (tsc)", "packages/sandbox/tsconfig.json"],
]) {
  const code = await run(label, bin("tsc"), ["--noEmit", "-p", project])
  steps.push(`${label}: ${code === 0 ? "ok" : "FAILED"}`)
  failed ||= code !== 0
}

const unit = await jestRun("unit and sandbox contract tests (jest)", "unit")
const stepTests = await jestRun("workflow step tests on PostgreSQL (jest)", "integration:steps", [
  path.join(root, "scripts", "with-database.mjs"),
  "--test",
])
const integration = await jestRun("HTTP integration tests on PostgreSQL (jest)", "integration:http", [
  path.join(root, "scripts", "with-database.mjs"),
  "--test",
])
// The reliability & security suite (faults, a crashed store, fuzzing, access,
// secret leaks); each test appends its counts to a file, totalled below.
const reliabilitySummary = path.join(reports, "reliability-summary.jsonl")
process.env.RELIABILITY_SUMMARY_FILE = reliabilitySummary
const reliability = await jestRun("reliability & security suite on PostgreSQL (jest)", "reliability", [
  path.join(root, "scripts", "with-database.mjs"),
  "--test",
])
let reliabilityCounts = []
try {
  reliabilityCounts = readFileSync(reliabilitySummary, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
} catch {
  // no test got as far as its summary
}
const sum = (name) => reliabilityCounts.reduce((total, entry) => total + (Number(entry[name]) || 0), 0)
// The example storefront the browser tests build and drive: the plugin packed and
// installed into examples/storefront with Next.js and the JS SDK (not the root install).
const exampleInstall = await run(
  "example storefront: pack the plugin, install it with Next.js",
  process.execPath,
  [path.join(root, "scripts", "storefront-example.mjs"), "install"]
)
steps.push(`example storefront install: ${exampleInstall === 0 ? "ok" : "FAILED"}`)
failed ||= exampleInstall !== 0
const browser = await jestRun(
  "admin and storefront browser tests in headless Chromium (jest + playwright-core)",
  "browser",
  [path.join(root, "scripts", "with-database.mjs"), "--test"]
)

let passed = 0
let failures = 0
for (const [label, result] of [
  ["unit", unit],
  ["step", stepTests],
  ["integration", integration],
  ["reliability", reliability],
  ["browser", browser],
]) {
  const counts = count(result.outputFile)
  passed += counts.passed
  failures += counts.failed
  steps.push(`${label} tests: ${counts.passed} passed, ${counts.failed} failed (exit ${result.code})`)
  failed ||= result.code !== 0
}
steps.push(
  `reliability counts: ${sum("gift_orders") + sum("voucher_units")} orders/units, ` +
    `faults injected = ${sum("faults_injected_total")}, ${sum("fuzz_cases")} fuzz cases, ` +
    `duplicates found = ${sum("duplicates_found")}, leaks found = ${sum("leaks_found")}, ` +
    `forged deliveries refused = ${sum("forged_deliveries_refused")}, ` +
    `strict-mode purchases = ${sum("strict_mode_purchases")}, ` +
    `poison rows survived = ${sum("poison_rows_survived")}, ` +
    `5xx found = ${sum("server_errors_found")} (${reliabilityCounts.length} summaries)`
)
rmSync(reports, { recursive: true, force: true })

console.log("\nSummary")
for (const step of steps) {
  console.log(`  ${step}`)
}
console.log(`${passed} passed, ${failures} failed`)
process.exit(failed || failures > 0 ? 1 : 0)
