import { request as httpRequest } from "node:http"
import type { GiftyzetSandbox } from "../index"
import { httpClient, KEY_A, KEY_B, startTestSandbox, uniqueExternalId, validOrderBody } from "./helpers"

/** POST with header names kept exactly as given (fetch would lower-case them). */
function rawPost(
  base: string,
  path: string,
  headers: Record<string, string>,
  body: unknown
): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = httpRequest(
      `${base}${path}`,
      {
        method: "POST",
        headers: {
          ...headers,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        res.resume()
        res.on("end", () => resolve(res.statusCode ?? 0))
      }
    )
    req.on("error", reject)
    req.end(payload)
  })
}

const UNAUTHORIZED = "Invalid or missing API key. Use X-API-Key header."

describe("Giftyzet sandbox: documented plugin API", () => {
  let sandbox: GiftyzetSandbox
  let http: ReturnType<typeof httpClient>

  beforeAll(async () => {
    sandbox = await startTestSandbox()
    http = httpClient(sandbox)
  })
  afterAll(() => sandbox.close())

  describe("POST /api/plugin/v1/orders", () => {
    it("creates a pending order and returns the documented fields", async () => {
      const body = validOrderBody()
      const res = await http.create(body)

      expect(res.status).toBe(200)
      expect(Object.keys(res.body).sort()).toEqual(
        ["gift_token", "message", "order_id", "order_number", "recipient_link", "status"].sort()
      )
      expect(res.body.order_id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      )
      expect(res.body.order_number).toMatch(/^PLUG-\d{13}-[A-Z0-9]{7}$/)
      expect(res.body.status).toBe("pending")
      expect(res.body.message).toBe(
        "Order created. Send recipient_link to the recipient so they can enter their delivery address."
      )
      expect(res.body.recipient_link).toBe(`${sandbox.url}/gift-receiver/${String(res.body.gift_token)}`)
    })

    it("issues long, distinct gift tokens", async () => {
      const tokens = await Promise.all(
        [1, 2, 3].map(async () => String((await http.create(validOrderBody())).body.gift_token))
      )
      expect(new Set(tokens).size).toBe(3)
      for (const token of tokens) {
        expect(token).toMatch(/^gift-[A-Za-z0-9_-]{32}$/)
      }
    })

    it.each([
      ["external_order_id missing", { external_order_id: undefined }, "external_order_id is required"],
      ["external_order_id not a string", { external_order_id: 42 }, "external_order_id is required"],
      ["external_order_id blank", { external_order_id: "   " }, "external_order_id is required"],
      [
        "sender_name missing",
        { sender_name: undefined },
        "sender_name, sender_email, sender_phone, sender_address are required",
      ],
      [
        "sender_email missing",
        { sender_email: "" },
        "sender_name, sender_email, sender_phone, sender_address are required",
      ],
      [
        "sender_phone missing",
        { sender_phone: undefined },
        "sender_name, sender_email, sender_phone, sender_address are required",
      ],
      [
        "sender_address missing",
        { sender_address: undefined },
        "sender_name, sender_email, sender_phone, sender_address are required",
      ],
      [
        "receiver_name missing",
        { receiver_name: undefined },
        "receiver_name and receiver_email are required",
      ],
      ["receiver_email missing", { receiver_email: "" }, "receiver_name and receiver_email are required"],
      ["items missing", { items: undefined }, "items must be a non-empty array"],
      ["items empty", { items: [] }, "items must be a non-empty array"],
      ["items not an array", { items: { name: "x", price: 1 } }, "items must be a non-empty array"],
      ["subtotal missing", { subtotal: undefined }, "subtotal and total must be valid positive numbers"],
      ["subtotal not a number", { subtotal: "abc" }, "subtotal and total must be valid positive numbers"],
      ["total zero", { total: 0 }, "subtotal and total must be valid positive numbers"],
      ["total negative", { total: -5 }, "subtotal and total must be valid positive numbers"],
      ["item without price", { items: [{ name: "Box" }] }, /^items\[0\] needs a non-empty name/],
      ["item with quantity 0", { items: [{ name: "Box", price: 1, quantity: 0 }] }, /^items\[0\] needs/],
      ["negative shipping", { shipping: -1 }, "shipping and tax must be valid non-negative numbers"],
    ])("answers 400 when %s", async (_case, overrides, message) => {
      const res = await http.create(validOrderBody(overrides))
      expect(res.status).toBe(400)
      expect(Object.keys(res.body)).toEqual(["error"])
      if (typeof message === "string") {
        expect(res.body.error).toBe(message)
      } else {
        expect(String(res.body.error)).toMatch(message)
      }
    })

    it("treats a body that is not JSON as empty (first check fails)", async () => {
      const res = await http.request("POST", "/api/plugin/v1/orders", { key: KEY_A, body: "{not json" })
      expect(res.status).toBe(400)
      expect(res.body).toEqual({ error: "external_order_id is required" })
    })

    it("defaults shipping and tax to 0 and quantity to 1", async () => {
      const body = validOrderBody({
        shipping: undefined,
        tax: undefined,
        items: [{ name: "Mug", price: 12 }],
      })
      const created = await http.create(body)
      const got = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_A,
      })
      const order = got.body.order as Record<string, unknown>
      expect(order.shipping).toBe(0)
      expect(order.tax).toBe(0)
      expect((got.body.order_items as Record<string, unknown>[])[0]?.quantity).toBe(1)
    })

    it.each([
      ["no key", undefined, {}],
      ["a wrong key", "gfty_live_000000000000000000000000000000000000000000000000", {}],
      ["an empty key", "", {}],
    ])("answers 401 with %s", async (_case, key, headers) => {
      const res = await http.request("POST", "/api/plugin/v1/orders", {
        key,
        headers,
        body: validOrderBody(),
      })
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: UNAUTHORIZED })
    })

    it("accepts the header name in any case (sent verbatim by node:http)", async () => {
      for (const name of ["x-api-key", "X-API-KEY", "X-Api-Key"]) {
        const status = await rawPost(
          sandbox.url,
          "/api/plugin/v1/orders",
          { [name]: KEY_A },
          validOrderBody()
        )
        expect(status).toBe(200)
      }
    })

    it("does not accept Authorization: Bearer on the documented generation", async () => {
      const res = await http.request("POST", "/api/plugin/v1/orders", {
        headers: { Authorization: `Bearer ${KEY_A}` },
        body: validOrderBody(),
      })
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: UNAUTHORIZED })
    })

    it("checks the key before the body", async () => {
      const res = await http.request("POST", "/api/plugin/v1/orders", { key: "nope", body: {} })
      expect(res.status).toBe(401)
    })

    it("answers 409 for a duplicate external_order_id under the same key only", async () => {
      const body = validOrderBody()
      expect((await http.create(body, KEY_A)).status).toBe(200)

      const duplicate = await http.create({ ...body, total: 99 }, KEY_A)
      expect(duplicate.status).toBe(409)
      expect(duplicate.body).toEqual({
        error: "An order with this external_order_id already exists for your integration.",
      })

      const otherIntegration = await http.create(body, KEY_B)
      expect(otherIntegration.status).toBe(200)
    })

    it("stores exactly one order when the same id is created concurrently", async () => {
      const body = validOrderBody()
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async () => (await http.create(body)).status)
      )
      expect(statuses.filter((status) => status === 200)).toHaveLength(1)
      expect(statuses.filter((status) => status === 409)).toHaveLength(9)
      const calls = await http.control("GET", `/create-calls/${String(body.external_order_id)}`)
      expect(calls.body).toMatchObject({ received: 10, accepted: 1, conflicts: 9 })
    })

    it("treats the external id as the same after trimming", async () => {
      const id = uniqueExternalId()
      expect((await http.create(validOrderBody({ external_order_id: id }))).status).toBe(200)
      expect((await http.create(validOrderBody({ external_order_id: `  ${id} ` }))).status).toBe(409)
    })
  })

  describe("GET /api/plugin/v1/orders", () => {
    it("returns { order, order_items } by external id and by id, identical", async () => {
      const body = validOrderBody({ receiver_phone: undefined })
      const created = await http.create(body)
      const byExternal = await http.request(
        "GET",
        `/api/plugin/v1/orders?external_order_id=${encodeURIComponent(String(body.external_order_id))}`,
        { key: KEY_A }
      )
      const byId = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_A,
      })

      expect(byExternal.status).toBe(200)
      expect(byId.status).toBe(200)
      expect(byExternal.body).toEqual(byId.body)
      expect(Object.keys(byId.body).sort()).toEqual(["order", "order_items"])

      const order = byId.body.order as Record<string, unknown>
      expect(order).toMatchObject({
        id: created.body.order_id,
        order_number: created.body.order_number,
        external_order_id: body.external_order_id,
        order_type: "plugin",
        status: "pending",
        payment_status: "paid",
        sender_name: "Jane Doe",
        sender_email: "jane@example.com",
        sender_phone: "+1234567890",
        sender_address: "123 Main St, City, ST 12345",
        receiver_name: "John Doe",
        receiver_email: "john@example.com",
        receiver_phone: null,
        receiver_address: null,
        subtotal: 59.99,
        shipping: 0,
        tax: 4.4,
        total: 64.39,
        gift_token: created.body.gift_token,
        gift_link: created.body.recipient_link,
        plugin_fee: 1.5,
        confirmed_at: null,
      })
      expect(typeof order.created_at).toBe("string")
      expect(typeof order.updated_at).toBe("string")

      const items = byId.body.order_items as Record<string, unknown>[]
      expect(items).toHaveLength(2)
      expect(items[1]).toMatchObject({
        order_id: created.body.order_id,
        item_type: "product",
        name: "Card",
        price: 5,
        quantity: 2,
        image_url: null,
      })
      expect(Object.keys(items[0] ?? {}).sort()).toEqual(
        ["id", "image_url", "item_type", "name", "order_id", "price", "quantity"].sort()
      )
    })

    it("answers 404 for another integration's order, by id and by external id", async () => {
      const body = validOrderBody()
      const created = await http.create(body, KEY_A)
      const byId = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_B,
      })
      const byExternal = await http.request(
        "GET",
        `/api/plugin/v1/orders?external_order_id=${String(body.external_order_id)}`,
        { key: KEY_B }
      )
      for (const res of [byId, byExternal]) {
        expect(res.status).toBe(404)
        expect(res.body).toEqual({ error: "Order not found or access denied" })
      }
    })

    it("answers 404 for an unknown order", async () => {
      const res = await http.request("GET", "/api/plugin/v1/orders/00000000-0000-4000-8000-000000000000", {
        key: KEY_A,
      })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({ error: "Order not found or access denied" })
    })

    it("answers 400 for an id too short to be an order id", async () => {
      const res = await http.request("GET", "/api/plugin/v1/orders/abc", { key: KEY_A })
      expect(res.status).toBe(400)
      expect(res.body).toEqual({ error: "Valid order id is required" })
    })

    it("answers 400 without external_order_id (no list on the documented generation)", async () => {
      const res = await http.request("GET", "/api/plugin/v1/orders", { key: KEY_A })
      expect(res.status).toBe(400)
      expect(res.body).toEqual({ error: "Query parameter external_order_id is required" })
    })

    it("answers 401 on GET without a key", async () => {
      const res = await http.request("GET", "/api/plugin/v1/orders?external_order_id=x")
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: UNAUTHORIZED })
    })
  })

  describe("routes an older deployment does not have", () => {
    it("answers 404 (HTML) for validate, and 405 for PATCH on an order (the route has GET only)", async () => {
      const created = await http.create(validOrderBody())
      const validate = await http.request("GET", "/api/plugin/v1/validate", { key: KEY_A })
      const patch = await http.request("PATCH", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_A,
        body: { status: "dispatched" },
      })
      expect(validate.status).toBe(404)
      expect(validate.headers.get("content-type")).toMatch(/^text\/html/)
      expect(patch.status).toBe(405)
      expect(patch.headers.get("allow")).toBe("GET")
      const after = await http.request("GET", `/api/plugin/v1/orders/${String(created.body.order_id)}`, {
        key: KEY_A,
      })
      expect((after.body.order as Record<string, unknown>).status).toBe("pending")
    })

    it("answers 405 with Allow for an unsupported method on a known path", async () => {
      const res = await http.request("DELETE", "/api/plugin/v1/orders", { key: KEY_A })
      expect(res.status).toBe(405)
      expect(res.headers.get("allow")).toBe("POST, GET")
    })
  })
})
