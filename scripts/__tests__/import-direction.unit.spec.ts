import { spawnSync } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")

type Case = { filePath: string; specifier: string }

// One ESLint process lints every case with the repository's own config.
const LINT_CASES = `
const { ESLint } = require("eslint")
const cases = JSON.parse(process.argv[1])
const eslint = new ESLint({ cwd: process.cwd() })
Promise.all(
  cases.map(async ({ filePath, specifier }) => {
    const code = "import * as other from " + JSON.stringify(specifier) + "\\nexport { other }\\n"
    const [result] = await eslint.lintText(code, { filePath })
    return result.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message)
  })
).then((messages) => process.stdout.write(JSON.stringify(messages)))
`

/** The import-direction messages ESLint gives each case, as if its import were in that file. */
function lint(cases: Case[]): string[][] {
  const result = spawnSync(process.execPath, ["-e", LINT_CASES, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
  })
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as string[][]
}

const wrongWay: (Case & { message: string })[] = [
  {
    filePath: "src/lib/gifting/money.ts",
    specifier: "../../workflows/gift-orders/sync-gift-order",
    message: "src/lib may import only src/modules, src/shared",
  },
  {
    filePath: "src/modules/gifting/service.ts",
    specifier: "../../api/gifting-serializers",
    message: "src/modules may import only src/lib, src/shared",
  },
  {
    filePath: "src/providers/giftyzet/service.ts",
    specifier: "../../workflows/gift-orders/sync-gift-order",
    message: "src/providers may import only src/lib, src/shared",
  },
  {
    filePath: "src/storefront/share-targets.ts",
    specifier: "../lib/gifting/money",
    message: "src/storefront may import only src/shared",
  },
  {
    filePath: "src/workflows/gift-orders/sync-gift-order.ts",
    specifier: "../../jobs/poll-gift-orders",
    message: "src/workflows may import only",
  },
  {
    filePath: "src/shared/text-lines.ts",
    specifier: "../lib/gifting/money",
    message: "src/shared may import nothing of the plugin",
  },
]

const rightWay: Case[] = [
  { filePath: "src/jobs/poll-gift-orders.ts", specifier: "../workflows/gift-orders/sync-gift-order" },
  { filePath: "src/api/gifting-serializers.ts", specifier: "../lib/gifting/claim-timeline" },
  { filePath: "src/workflows/gift-orders/sync-gift-order.ts", specifier: "../../lib/gifting/money" },
  { filePath: "src/providers/giftyzet/service.ts", specifier: "../../lib/gifting/gift-shipping-data" },
  { filePath: "src/storefront/share-targets.ts", specifier: "../shared/text-lines" },
]

describe("the import direction between layers", () => {
  let results: string[][]

  beforeAll(() => {
    results = lint([...wrongWay, ...rightWay])
  }, 120_000)

  it.each(wrongWay.map((entry, index) => [entry.filePath, entry.specifier, index] as const))(
    "refuses %s importing %s",
    (_file, _specifier, index) => {
      expect(results[index]).toHaveLength(1)
      expect(results[index][0]).toContain(wrongWay[index].message)
    }
  )

  it.each(
    rightWay.map((entry, index) => [entry.filePath, entry.specifier, wrongWay.length + index] as const)
  )("lets %s import %s", (_file, _specifier, index) => {
    expect(results[index]).toEqual([])
  })
})
