import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { startSandboxes } from "../start-sandboxes"

describe("gifting-sandbox --state-dir", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "gifting-sandbox-state-"))
  afterAll(() => rmSync(parent, { recursive: true, force: true }))

  it("creates a state folder that does not exist yet", async () => {
    const stateDir = path.join(parent, "not", "there")
    const sandboxes = await startSandboxes({ stateDir, giftyzetPort: 0, ugiftmePort: 0 })
    await sandboxes.close()
    expect(existsSync(path.join(stateDir, "giftyzet.json"))).toBe(true)
  })
})
