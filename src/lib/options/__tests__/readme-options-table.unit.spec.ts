import { readFileSync } from "node:fs"
import { join } from "node:path"
import {
  GIFTING_OPTION_SPECS,
  GIFTYZET_PROVIDER_OPTION_SPECS,
  UGIFTME_PROVIDER_OPTION_SPECS,
} from "../gifting-option-specs"
import type { OptionSpec, OptionTable } from "../option-table"

type Row = [option: string, env: string, defaultValue: string, meaning: string]

function defaultCell(spec: OptionSpec<unknown>): string {
  if (spec.defaultDoc) return spec.defaultDoc
  if (spec.default === undefined) return "—"
  return `\`${Array.isArray(spec.default) ? spec.default.join(",") : String(spec.default)}\``
}

function rowsOf(table: OptionTable, name: (key: string) => string): Row[] {
  return Object.entries(table).map(([key, spec]) => [
    name(key),
    `\`${spec.env}\``,
    defaultCell(spec),
    spec.doc,
  ])
}

/** The README's options table as the specs say it should read, in the specs' order. */
function expectedRows(): Row[] {
  return [
    ...Object.entries(GIFTING_OPTION_SPECS).flatMap(([group, table]) =>
      rowsOf(table, (key) => `\`${group}.${key}\``)
    ),
    ...rowsOf(UGIFTME_PROVIDER_OPTION_SPECS, (key) => `\`${key}\` (provider \`ugiftme\`)`),
  ]
}

function readmeRows(): Row[] {
  const readme = readFileSync(join(__dirname, "../../../../README.md"), "utf8")
  const start = readme.indexOf("<!-- options-table")
  const end = readme.indexOf("<!-- /options-table -->")
  if (start < 0 || end < start) throw new Error("README.md has no options-table markers")
  return readme
    .slice(start, end)
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2) // header and separator
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim())
      return [cells[0], cells[1], cells[2], cells[3]] as Row
    })
}

describe("README options table", () => {
  it("lists every option of the module and both providers, and no other, in the specs' order", () => {
    const names = (rows: Row[]) => rows.map(([name]) => name)

    expect(names(readmeRows())).toEqual(names(expectedRows()))
  })

  it("gives each option the env var, default and meaning of its spec", () => {
    // On a mismatch, the expected rows are what README.md should say.
    expect(readmeRows()).toEqual(expectedRows())
  })

  it("documents the Giftyzet provider's options through the module's: they are the same specs", () => {
    for (const [key, spec] of Object.entries(GIFTYZET_PROVIDER_OPTION_SPECS)) {
      expect(GIFTING_OPTION_SPECS.giftyzet[key as keyof typeof GIFTING_OPTION_SPECS.giftyzet]).toBe(spec)
    }
  })

  it("names every env var once", () => {
    const envs = [
      ...Object.values(GIFTING_OPTION_SPECS).flatMap((table) => Object.values(table)),
      ...Object.values(UGIFTME_PROVIDER_OPTION_SPECS),
    ].map((spec) => spec.env)

    expect(new Set(envs).size).toBe(envs.length)
  })
})
