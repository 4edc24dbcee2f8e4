import type { GiftyzetSandbox } from "../index"
import { startGiftyzetSandbox } from "../index"
import { httpClient, validOrderBody } from "./helpers"

const ADMIN = "test-admin-secret"

describe("Giftyzet sandbox: admin integration endpoints", () => {
  let sandbox: GiftyzetSandbox
  let http: ReturnType<typeof httpClient>
  const admin = { Authorization: `Bearer ${ADMIN}` }

  beforeAll(async () => {
    sandbox = await startGiftyzetSandbox({ adminSecret: ADMIN })
    http = httpClient(sandbox)
  })
  afterAll(() => sandbox.close())

  it("generates one live-looking key when none is given", () => {
    expect(sandbox.apiKeys).toHaveLength(1)
    expect(sandbox.apiKeys[0]).toMatch(/^gfty_live_[0-9a-f]{48}$/)
    expect(sandbox.adminSecret).toBe(ADMIN)
  })

  it("creates an integration whose key is shown once and works at once", async () => {
    const res = await http.request("POST", "/api/admin/plugin-integrations", {
      headers: admin,
      body: { name: "My Store", store_id: "store-1", fee_per_order: 1.5 },
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      name: "My Store",
      store_id: "store-1",
      fee_per_order: 1.5,
      message: "Store this API key securely. It will not be shown again.",
    })
    const key = String(res.body.api_key)
    expect(key).toMatch(/^gfty_live_[0-9a-f]{48}$/)
    expect(res.body.api_key_prefix).toBe(`${key.slice(0, 12)}…`)

    const created = await http.create(validOrderBody(), key)
    expect(created.status).toBe(200)
    const order = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, { key })
    expect((order.body.order as Record<string, unknown>).plugin_fee).toBe(1.5)

    const list = await http.request("GET", "/api/admin/plugin-integrations", { headers: admin })
    expect(list.status).toBe(200)
    const integrations = list.body.integrations as Record<string, unknown>[]
    const mine = integrations.find((integration) => integration.store_id === "store-1")
    expect(mine).toMatchObject({ name: "My Store", is_active: true, api_key_prefix: res.body.api_key_prefix })
    expect(JSON.stringify(list.body)).not.toContain(key)
    expect(Object.keys(mine ?? {}).sort()).toEqual(
      [
        "api_key_prefix",
        "created_at",
        "fee_per_order",
        "id",
        "is_active",
        "name",
        "store_id",
        "vendor_id",
      ].sort()
    )
  })

  it.each([
    [{ store_id: "s", fee_per_order: 1 }, "name is required"],
    [{ name: "x", fee_per_order: 1 }, "store_id is required"],
    [{ name: "x", store_id: "s2" }, "fee_per_order must be a non-negative number"],
    [{ name: "x", store_id: "s2", fee_per_order: -1 }, "fee_per_order must be a non-negative number"],
  ])("answers 400 for %p", async (body, message) => {
    const res = await http.request("POST", "/api/admin/plugin-integrations", { headers: admin, body })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: message })
  })

  it("answers 409 for a second integration of the same store", async () => {
    const body = { name: "Twice", store_id: "store-twice", fee_per_order: 0 }
    expect(
      (await http.request("POST", "/api/admin/plugin-integrations", { headers: admin, body })).status
    ).toBe(200)
    const again = await http.request("POST", "/api/admin/plugin-integrations", { headers: admin, body })
    expect(again.status).toBe(409)
    expect(String(again.body.error)).toMatch(/^This store already has a plugin integration/)
  })

  it("answers 401 without the admin secret, even with an API key", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: "Bearer wrong" },
      { "X-API-Key": sandbox.apiKeys[0] ?? "" },
      { Authorization: `Bearer ${sandbox.apiKeys[0] ?? ""}` },
    ]
    for (const headers of attempts) {
      const res = await http.request("POST", "/api/admin/plugin-integrations", {
        headers,
        body: { name: "x", store_id: "s3", fee_per_order: 1 },
      })
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: "Unauthorized" })
    }
    const list = await http.request("GET", "/api/admin/plugin-integrations")
    expect(list.status).toBe(401)
  })
})
