import medusa from "@medusajs/eslint-plugin"
import tseslint from "typescript-eslint"
import importDirection from "./eslint.import-direction.mjs"

const TESTS = ["**/__tests__/**", "**/integration-tests/**", "**/*.spec.*"]

// Medusa's preset ignores tests globally; we lint them with the TypeScript
// rules too, and keep Medusa's framework rules for the plugin's own code.
const medusaRules = medusa.configs.recommended
  .filter((block) => !(Object.keys(block).length === 1 && block.ignores))
  .map((block) => ({ ...block, ignores: [...(block.ignores ?? []), ...TESTS] }))

export default [
  {
    ignores: [
      "node_modules/**",
      ".medusa/**",
      ".data/**",
      "coverage/**",
      "dist/**",
      "packages/*/dist/**",
      "bench/out/**",
      "examples/*/node_modules/**",
      "examples/*/.next/**",
      "examples/*/next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  ...medusaRules,
  ...importDirection,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The sandbox package runs on Node built-ins only, outside Medusa: no MedusaError there.
    files: ["packages/sandbox/**"],
    rules: {
      "@medusajs/use-medusa-error-not-generic-error": "off",
    },
  },
  {
    // The example storefront is a Next.js app: the JS SDK's types, no server framework.
    files: ["examples/**"],
    rules: {
      "@medusajs/use-medusa-error-not-generic-error": "off",
      "@medusajs/import-from-framework-not-internal": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
]
