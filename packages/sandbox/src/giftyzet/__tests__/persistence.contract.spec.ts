import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startGiftyzetSandbox } from "../index"
import { httpClient, KEY_A, startTestSandbox, validOrderBody } from "./helpers"

describe("Giftyzet sandbox: persistence", () => {
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "giftyzet-sandbox-"))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("survives a restart: orders, confirmation, counters and admin-created keys", async () => {
    const file = join(dir, "state.json")
    const first = await startTestSandbox({ persistFile: file, adminSecret: "s" })
    const http1 = httpClient(first)
    const body = validOrderBody()
    const created = await http1.create(body)
    await http1.control("POST", `/orders/${String(created.body.order_id)}/confirm`)
    const integration = await http1.request("POST", "/api/admin/plugin-integrations", {
      headers: { Authorization: "Bearer s" },
      body: { name: "Persisted", store_id: "store-p", fee_per_order: 2 },
    })
    const adminKey = String(integration.body.api_key)
    await first.close()

    const saved = readFileSync(file, "utf8")
    expect(saved).not.toContain(KEY_A)
    expect(saved).not.toContain(adminKey)
    expect(readdirSync(dir)).toEqual(["state.json"])

    const second = await startTestSandbox({ persistFile: file })
    try {
      const http2 = httpClient(second)
      const got = await http2.request(
        "GET",
        `/api/plugin/v1/orders?external_order_id=${String(body.external_order_id)}`,
        {
          key: KEY_A,
        }
      )
      expect(got.status).toBe(200)
      expect(got.body.order).toMatchObject({ id: created.body.order_id, status: "confirmed" })
      expect((await http2.create(body)).status).toBe(409)
      expect((await http2.create(validOrderBody(), adminKey)).status).toBe(200)
      const calls = await http2.control("GET", `/create-calls/${String(body.external_order_id)}`)
      expect(calls.body).toMatchObject({ received: 2, accepted: 1, conflicts: 1 })
    } finally {
      await second.close()
    }
  })

  it("keeps the default integration's orders when the generated key rotates", async () => {
    const file = join(dir, "state.json")
    const first = await startGiftyzetSandbox({ persistFile: file })
    const created = await httpClient(first).create(validOrderBody(), first.apiKeys[0])
    await first.close()

    const second = await startGiftyzetSandbox({ persistFile: file })
    try {
      expect(second.apiKeys[0]).not.toBe(first.apiKeys[0])
      const got = await httpClient(second).request(
        "GET",
        `/api/plugin/v1/orders/${String(created.body.order_id)}`,
        {
          key: second.apiKeys[0],
        }
      )
      expect(got.status).toBe(200)
      const old = await httpClient(second).request(
        "GET",
        `/api/plugin/v1/orders/${String(created.body.order_id)}`,
        {
          key: first.apiKeys[0],
        }
      )
      expect(old.status).toBe(401)
    } finally {
      await second.close()
    }
  })

  it("refuses to start from a file that is not a state file", async () => {
    const file = join(dir, "broken.json")
    writeFileSync(file, "{ nope")
    await expect(startGiftyzetSandbox({ persistFile: file })).rejects.toThrow(/not valid JSON/)
    writeFileSync(file, JSON.stringify({ hello: "world" }))
    await expect(startGiftyzetSandbox({ persistFile: file })).rejects.toThrow(/not a sandbox state file/)
  })

  it("writes the file on start and after each change", async () => {
    const file = join(dir, "nested-state.json")
    const sandbox = await startTestSandbox({ persistFile: file })
    try {
      expect(existsSync(file)).toBe(true)
      const before = JSON.parse(readFileSync(file, "utf8")) as { orders: unknown[] }
      expect(before.orders).toHaveLength(0)
      await httpClient(sandbox).create(validOrderBody())
      const after = JSON.parse(readFileSync(file, "utf8")) as { orders: unknown[] }
      expect(after.orders).toHaveLength(1)
    } finally {
      await sandbox.close()
    }
  })
})
