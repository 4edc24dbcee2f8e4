import type { GiftyzetSandbox } from "../index"
import { httpClient, KEY_A, KEY_B, startTestSandbox, validOrderBody } from "./helpers"

describe("Giftyzet sandbox: newer generation (as deployed: create answers 410)", () => {
  let sandbox: GiftyzetSandbox
  let http: ReturnType<typeof httpClient>

  beforeAll(async () => {
    sandbox = await startTestSandbox({ generation: "newer" })
    http = httpClient(sandbox)
  })
  afterAll(() => sandbox.close())
  afterEach(async () => {
    await http.control("POST", "/config", { generation: "newer", gone: false })
  })

  it("answers 410 to every create by default and stores nothing: orders come from the hosted checkout", async () => {
    const body = validOrderBody()
    const res = await http.create(body)
    expect(res.status).toBe(410)
    expect(String(res.body.error)).toMatch(/^POST \/api\/plugin\/v1\/orders is no longer available/)
    expect((await http.create(body)).status).toBe(410)

    const calls = await http.control("GET", `/create-calls/${String(body.external_order_id)}`)
    expect(calls.body).toMatchObject({ received: 2, accepted: 0, rejected: 2 })
    expect((await http.control("GET", "/orders")).body.orders).toEqual([])
  })

  it("still validates keys, reads and updates orders made before the change", async () => {
    await http.control("POST", "/config", { generation: "newer-with-create" })
    const created = await http.create(validOrderBody())
    await http.control("POST", "/config", { generation: "newer" })
    const id = String(created.body.order_id)

    expect((await http.request("GET", "/api/plugin/v1/validate", { key: KEY_A })).status).toBe(200)
    const read = await http.request("GET", `/api/plugin/v1/orders/${id}`, { key: KEY_A })
    expect(read.body).toMatchObject({ order_id: id, status: "pending" })
    const patched = await http.request("PATCH", `/api/plugin/v1/orders/${id}`, {
      key: KEY_A,
      body: { status: "cancelled" },
    })
    expect(patched.status).toBe(200)
  })

  it("reports the generation in its config", async () => {
    expect((await http.control("GET", "/config")).body).toEqual({ generation: "newer", gone: false })
  })
})

describe("Giftyzet sandbox: newer-with-create (the newer API with create still open, a hybrid)", () => {
  let sandbox: GiftyzetSandbox
  let http: ReturnType<typeof httpClient>

  beforeAll(async () => {
    sandbox = await startTestSandbox({ generation: "newer-with-create" })
    http = httpClient(sandbox)
  })
  afterAll(() => sandbox.close())
  afterEach(async () => {
    await http.control("POST", "/config", { generation: "newer-with-create", gone: false })
  })

  it("returns the nested sender/receiver shape without gift_token or gift_link", async () => {
    const body = validOrderBody({ receiver_phone: undefined })
    const created = await http.create(body)
    expect(created.status).toBe(200)
    const res = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
      key: KEY_A,
    })

    expect(res.status).toBe(200)
    expect(res.body).not.toHaveProperty("order")
    expect(res.body).not.toHaveProperty("gift_token")
    expect(res.body).not.toHaveProperty("gift_link")
    expect(res.body).toMatchObject({
      order_id: created.body.order_id,
      order_number: created.body.order_number,
      external_order_id: body.external_order_id,
      status: "pending",
      payment_status: "paid",
      total: 64.39,
      subtotal: 59.99,
      shipping: 0,
      tax: 4.4,
      confirmed_at: null,
      sender: {
        name: "Jane Doe",
        email: "jane@example.com",
        phone: "+1234567890",
        address: "123 Main St, City, ST 12345",
      },
      receiver: { name: "John Doe", email: "john@example.com", phone: null, address: null },
    })
    const items = res.body.order_items as Record<string, unknown>[]
    expect(items.map((item) => item.name)).toEqual(["Gift Box", "Card"])
    expect(items[0]).not.toHaveProperty("order_id")

    const byExternal = await http.request(
      "GET",
      `/api/plugin/v1/orders?external_order_id=${String(body.external_order_id)}`,
      { key: KEY_A }
    )
    expect(byExternal.body).toEqual(res.body)
  })

  it("accepts Authorization: Bearer and words its 401s differently", async () => {
    const bearer = await http.request("GET", "/api/plugin/v1/validate", {
      headers: { Authorization: `Bearer ${KEY_B}` },
    })
    expect(bearer.status).toBe(200)

    const missing = await http.request("GET", "/api/plugin/v1/validate")
    expect(missing.status).toBe(401)
    expect(String(missing.body.error)).toMatch(/^Missing API key/)

    const wrong = await http.request("GET", "/api/plugin/v1/validate", { key: "gfty_live_wrong" })
    expect(wrong.status).toBe(401)
    expect(String(wrong.body.error)).toMatch(/^API key not recognized\. Received key length: 15\./)
  })

  it("validates a key: GET /api/plugin/v1/validate", async () => {
    const res = await http.request("GET", "/api/plugin/v1/validate", { key: KEY_A })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      valid: true,
      integration_name: "Sandbox store 1",
      message: "API key is valid. You can use it to create and manage orders.",
    })
  })

  describe("PATCH /api/plugin/v1/orders/:id", () => {
    it("updates the status and stamps the matching timestamp", async () => {
      const created = await http.create(validOrderBody())
      const id = String(created.body.order_id)
      const res = await http.request("PATCH", `/api/plugin/v1/orders/${id}`, {
        key: KEY_A,
        body: { status: "dispatched" },
      })
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ order_id: id, status: "dispatched", message: "Order status updated." })

      const raw = await http.control("GET", `/orders/${id}`)
      const order = raw.body.order as Record<string, unknown>
      expect(order.status).toBe("dispatched")
      expect(typeof order.dispatched_at).toBe("string")
    })

    it.each([["shipped"], [""], [undefined], [42]])("answers 400 for status %p", async (status) => {
      const created = await http.create(validOrderBody())
      const res = await http.request("PATCH", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_A,
        body: { status },
      })
      expect(res.status).toBe(400)
      expect(res.body).toEqual({
        error: "status must be one of: pending, confirmed, dispatched, delivered, cancelled",
      })
    })

    it("answers 404 (JSON) for another integration's order", async () => {
      const created = await http.create(validOrderBody(), KEY_A)
      const res = await http.request("PATCH", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_B,
        body: { status: "cancelled" },
      })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ error: "Order not found or access denied" })
    })
  })

  describe("GET /api/plugin/v1/orders (list)", () => {
    it("pages the integration's orders newest first, with a total", async () => {
      const own = await startTestSandbox({ generation: "newer-with-create" })
      try {
        const ownHttp = httpClient(own)
        const ids: string[] = []
        for (let i = 0; i < 5; i += 1) {
          ids.push(String((await ownHttp.create(validOrderBody())).body.order_id))
        }
        await ownHttp.create(validOrderBody(), KEY_B)

        const page1 = await ownHttp.request("GET", "/api/plugin/v1/orders?page=1&limit=2", { key: KEY_A })
        const page3 = await ownHttp.request("GET", "/api/plugin/v1/orders?page=3&limit=2", { key: KEY_A })
        expect(page1.status).toBe(200)
        expect(page1.body.pagination).toEqual({ page: 1, limit: 2, total: 5 })
        expect((page1.body.orders as Record<string, unknown>[]).map((o) => o.id)).toEqual([ids[4], ids[3]])
        expect((page3.body.orders as Record<string, unknown>[]).map((o) => o.id)).toEqual([ids[0]])

        const entry = (page1.body.orders as Record<string, unknown>[])[0]
        expect(Object.keys(entry ?? {}).sort()).toEqual(
          [
            "confirmed_at",
            "created_at",
            "external_order_id",
            "id",
            "order_number",
            "payment_status",
            "receiver_email",
            "receiver_name",
            "sender_email",
            "sender_name",
            "shipping",
            "status",
            "subtotal",
            "tax",
            "total",
          ].sort()
        )
      } finally {
        await own.close()
      }
    })

    it("caps limit at 50 and defaults page 1 / limit 20", async () => {
      const capped = await http.request("GET", "/api/plugin/v1/orders?limit=500", { key: KEY_A })
      expect((capped.body.pagination as Record<string, unknown>).limit).toBe(50)
      const defaults = await http.request("GET", "/api/plugin/v1/orders?page=abc", { key: KEY_A })
      expect(defaults.body.pagination).toMatchObject({ page: 1, limit: 20 })
    })
  })

  it("answers 410 to create when the gone flag is on, and stores nothing", async () => {
    await http.control("POST", "/config", { gone: true })
    const body = validOrderBody()
    const res = await http.create(body)
    expect(res.status).toBe(410)
    expect(String(res.body.error)).toMatch(/^POST \/api\/plugin\/v1\/orders is no longer available/)

    const calls = await http.control("GET", `/create-calls/${String(body.external_order_id)}`)
    expect(calls.body).toMatchObject({ received: 1, accepted: 0, rejected: 1 })
  })

  it("switches generation at runtime", async () => {
    const created = await http.create(validOrderBody())
    await http.control("POST", "/config", { generation: "documented" })
    const documented = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
      key: KEY_A,
    })
    expect(documented.body).toHaveProperty("order.gift_link", created.body.recipient_link)

    await http.control("POST", "/config", { generation: "newer-with-create" })
    const newer = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
      key: KEY_A,
    })
    expect(newer.body).toHaveProperty("order_id", created.body.order_id)
  })

  it("rejects an unknown generation in the control endpoint", async () => {
    const res = await http.control("POST", "/config", { generation: "future" })
    expect(res.status).toBe(400)
  })
})
