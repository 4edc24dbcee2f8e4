import medusa from "@medusajs/eslint-plugin"
import tseslint from "typescript-eslint"

const TESTS = ["**/__tests__/**", "**/integration-tests/**", "**/*.spec.*"]

// Medusa's preset ignores tests globally; we lint them with the TypeScript
// rules too, and keep Medusa's framework rules for the plugin's own code.
const medusaRules = medusa.configs.recommended
  .filter((block) => !(Object.keys(block).length === 1 && block.ignores))
  .map((block) => ({ ...block, ignores: [...(block.ignores ?? []), ...TESTS] }))

export default [
  {
    ignores: ["node_modules/**", ".medusa/**", ".data/**", "coverage/**", "dist/**", "bench/out/**"],
  },
  ...tseslint.configs.recommended,
  ...medusaRules,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
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
