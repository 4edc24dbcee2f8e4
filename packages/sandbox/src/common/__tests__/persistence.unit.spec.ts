import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { loadStateFile, saveJsonAtomically } from "../persistence"

type State = { version: 1; items: string[] }
const isState = (value: unknown): value is State =>
  typeof value === "object" && value !== null && (value as { version?: unknown }).version === 1

describe("state files", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sandbox-common-"))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("writes into a new folder, leaves no temp file and reads the value back", () => {
    const file = join(dir, "nested", "state.json")
    saveJsonAtomically(file, { version: 1, items: ["a"] })
    expect(readdirSync(join(dir, "nested"))).toEqual(["state.json"])
    expect(loadStateFile(file, "Test sandbox", isState)).toEqual({ version: 1, items: ["a"] })
  })

  it("reads a missing file as no state and refuses a file that is not a state file", () => {
    const file = join(dir, "state.json")
    expect(loadStateFile(file, "Test sandbox", isState)).toBeUndefined()
    writeFileSync(file, "{ not json")
    expect(() => loadStateFile(file, "Test sandbox", isState)).toThrow(/^Test sandbox: .* is not valid JSON$/)
    writeFileSync(file, '{"version":2}')
    expect(() => loadStateFile(file, "Test sandbox", isState)).toThrow(/not a sandbox state file/)
  })
})
