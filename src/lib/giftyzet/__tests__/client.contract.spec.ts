import { startGiftyzetSandbox, type GiftyzetSandbox } from "@medusa-plugin-gifting/sandbox/giftyzet"
import {
  GiftyzetAuthError,
  GiftyzetClient,
  GiftyzetConflictError,
  GiftyzetError,
  GiftyzetGoneError,
  GiftyzetNotFoundError,
  GiftyzetResponseError,
  GiftyzetUnavailableError,
  GiftyzetValidationError,
  type GiftyzetClientOptions,
  type GiftyzetCreateOrderInput,
} from "../index"

const KEY = "gfty_live_0123456789abcdef0123456789abcdef0123456789abcdef"
const OTHER_KEY = "gfty_live_fedcba9876543210fedcba9876543210fedcba9876543210"

let sequence = 0
function payload(overrides: Partial<GiftyzetCreateOrderInput> = {}): GiftyzetCreateOrderInput {
  sequence += 1
  return {
    external_order_id: `order_${Date.now()}_${sequence}`,
    sender_name: "Jane Doe",
    sender_email: "jane@example.com",
    sender_phone: "+1234567890",
    sender_address: "123 Main St, City",
    receiver_name: "John Doe",
    receiver_email: "john@example.com",
    items: [
      { name: "Gift Box", price: 49.99, quantity: 1 },
      { name: "Card", price: 5, quantity: 2 },
    ],
    subtotal: 59.99,
    shipping: 4.5,
    tax: 0,
    total: 64.49,
    ...overrides,
  }
}

describe("GiftyzetClient against the sandbox", () => {
  let sandbox: GiftyzetSandbox
  const warnings: string[] = []
  const errors: unknown[] = []

  const client = (options: Partial<GiftyzetClientOptions> = {}) =>
    new GiftyzetClient({
      baseUrl: sandbox.url,
      apiKey: KEY,
      timeoutMs: 1_000,
      maxRetries: 3,
      backoff: { baseMs: 5, maxMs: 20 },
      logger: { warn: (message) => warnings.push(message) },
      ...options,
    })

  async function control(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${sandbox.url}/__sandbox/giftyzet${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return (await response.json()) as Record<string, unknown>
  }

  /** Runs `action`, expects it to throw, records the error for the key-leak check. */
  async function failure(action: () => Promise<unknown>): Promise<GiftyzetError> {
    try {
      await action()
    } catch (error) {
      errors.push(error)
      if (error instanceof GiftyzetError) {
        return error
      }
      throw error
    }
    throw new Error("expected the call to fail")
  }

  const createCalls = async (externalId: string) =>
    control("GET", `/create-calls/${encodeURIComponent(externalId)}`)

  beforeAll(async () => {
    sandbox = await startGiftyzetSandbox({ apiKeys: [KEY, OTHER_KEY] })
  })
  afterAll(() => sandbox.close())
  beforeEach(async () => {
    await control("POST", "/reset")
  })

  describe("reading both GET shapes into one GiftyzetOrder", () => {
    it("documented: creates, then reads by external id and by id", async () => {
      const input = payload()
      const created = await client().createOrder(input)
      expect(created).toMatchObject({ status: "pending", gift_token: expect.stringMatching(/^gift-/) })
      expect(created.recipient_link).toBe(`${sandbox.url}/gift-receiver/${String(created.gift_token)}`)

      const byExternal = await client().getOrderByExternalId(input.external_order_id)
      const byId = await client().getOrder(created.order_id)
      expect(byId).toEqual(byExternal)
      expect(byId).toEqual({
        id: created.order_id,
        order_number: created.order_number,
        external_order_id: input.external_order_id,
        status: "pending",
        payment_status: "paid",
        totals: { subtotal: 59.99, shipping: 4.5, tax: 0, total: 64.49 },
        sender: {
          name: "Jane Doe",
          email: "jane@example.com",
          phone: "+1234567890",
          address: "123 Main St, City",
        },
        receiver: { name: "John Doe", email: "john@example.com", phone: null, address: null },
        created_at: expect.any(String),
        confirmed_at: null,
        gift_token: created.gift_token,
        recipient_link: created.recipient_link,
        items: [
          { id: expect.any(String), name: "Gift Box", price: 49.99, quantity: 1, image_url: null },
          { id: expect.any(String), name: "Card", price: 5, quantity: 2, image_url: null },
        ],
      })
    })

    it("newer: same order, same normalised fields, link null", async () => {
      const created = await client().createOrder(payload())
      await control("POST", `/orders/${created.order_id}/confirm`, {
        receiver_name: "Rita",
        receiver_email: "rita@example.com",
        receiver_phone: "+49 30 123456",
        receiver_address: "1 Gift Road\nGiftville",
      })
      const documented = await client().getOrder(created.order_id)
      await control("POST", "/config", { generation: "newer" })
      const newer = await client().getOrder(created.order_id)

      expect(newer.gift_token).toBeNull()
      expect(newer.recipient_link).toBeNull()
      expect(newer).toEqual({ ...documented, gift_token: null, recipient_link: null })
      expect(newer.status).toBe("confirmed")
      expect(newer.receiver).toEqual({
        name: "Rita",
        email: "rita@example.com",
        phone: "+49 30 123456",
        address: "1 Gift Road\nGiftville",
      })
      expect(newer.confirmed_at).not.toBeNull()
    })
  })

  describe("typed errors", () => {
    it("refuses an invalid payload locally without calling Giftyzet", async () => {
      const input = payload({ total: 0 })
      const error = await failure(() => client().createOrder(input))
      expect(error).toBeInstanceOf(GiftyzetValidationError)
      expect(error).toMatchObject({ source: "client", status: null, retryable: false })
      expect(error.message).toMatch(/total/)
      expect(await createCalls(input.external_order_id)).toMatchObject({ received: 0 })
    })

    it("400 from Giftyzet: GiftyzetValidationError with the partner's message", async () => {
      const error = await failure(() => client().getOrder("short"))
      expect(error).toBeInstanceOf(GiftyzetValidationError)
      expect(error).toMatchObject({
        status: 400,
        retryable: false,
        partnerMessage: "Valid order id is required",
      })
    })

    it("401: GiftyzetAuthError, not retried", async () => {
      const input = payload()
      const error = await failure(() =>
        client({ apiKey: "gfty_live_not_a_real_key_000000000000000000000000000" }).createOrder(input)
      )
      expect(error).toBeInstanceOf(GiftyzetAuthError)
      expect(error).toMatchObject({ status: 401, retryable: false })
      expect(error.partnerMessage).toBe("Invalid or missing API key. Use X-API-Key header.")
      expect(await createCalls(input.external_order_id)).toMatchObject({ received: 1, rejected: 1 })
    })

    it("404: GiftyzetNotFoundError for an unknown order and for another integration's order", async () => {
      const unknown = await failure(() => client().getOrder("00000000-0000-4000-8000-000000000000"))
      expect(unknown).toBeInstanceOf(GiftyzetNotFoundError)
      const created = await client().createOrder(payload())
      const foreign = await failure(() => client({ apiKey: OTHER_KEY }).getOrder(created.order_id))
      expect(foreign).toBeInstanceOf(GiftyzetNotFoundError)
      expect(foreign).toMatchObject({ status: 404, partnerMessage: "Order not found or access denied" })
    })

    it("409: GiftyzetConflictError for a duplicate external id", async () => {
      const input = payload()
      await client().createOrder(input)
      const error = await failure(() => client().createOrder(input))
      expect(error).toBeInstanceOf(GiftyzetConflictError)
      expect(error).toMatchObject({ status: 409, retryable: false, afterRetry: false })
      expect(await createCalls(input.external_order_id)).toMatchObject({
        received: 2,
        accepted: 1,
        conflicts: 1,
      })
    })

    it("410: GiftyzetGoneError, not retried (the sandbox saw exactly one create)", async () => {
      await control("POST", "/config", { gone: true })
      const input = payload()
      const error = await failure(() => client().createOrder(input))
      expect(error).toBeInstanceOf(GiftyzetGoneError)
      expect(error).toMatchObject({ status: 410, retryable: false })
      expect(await createCalls(input.external_order_id)).toEqual({
        received: 1,
        accepted: 0,
        conflicts: 0,
        rejected: 1,
        faulted: 0,
      })
    })

    it("2xx with a body that breaks the schema: GiftyzetResponseError", async () => {
      await control("POST", "/faults", { kind: "malformed", body: { order_id: 42 } })
      const error = await failure(() => client().createOrder(payload()))
      expect(error).toBeInstanceOf(GiftyzetResponseError)
      expect(error).toMatchObject({ status: 200, retryable: false })
      expect((error as GiftyzetResponseError).issues.join(" ")).toMatch(/order_id/)
    })

    it("a redirect is not followed (the key stays home): GiftyzetResponseError", async () => {
      await control("POST", "/faults", { kind: "malformed", status: 302, body: {} })
      const error = await failure(() => client().getOrder("00000000-0000-4000-8000-000000000000"))
      expect(error).toBeInstanceOf(GiftyzetResponseError)
      expect(error).toMatchObject({ status: 302, retryable: false })
      expect(error.message).toMatch(/baseUrl/)
    })

    it("an unknown order status is a GiftyzetResponseError, not a silent guess", async () => {
      await control("POST", "/faults", {
        kind: "malformed",
        body: {
          order: { id: "x", order_number: "PLUG-1", status: "lost", subtotal: 1, total: 1 },
          order_items: [],
        },
      })
      const error = await failure(() => client().getOrderByExternalId("any"))
      expect(error).toBeInstanceOf(GiftyzetResponseError)
    })

    it("5xx beyond maxRetries: GiftyzetUnavailableError after 1 + maxRetries attempts", async () => {
      await control("POST", "/faults", { kind: "error", count: 10, status: 503 })
      const error = await failure(() =>
        client({ maxRetries: 2 }).getOrder("00000000-0000-4000-8000-000000000000")
      )
      expect(error).toBeInstanceOf(GiftyzetUnavailableError)
      expect(error).toMatchObject({ status: 503, retryable: true })
      const stats = await control("GET", "/stats")
      expect(stats.by_route).toEqual({ "GET /api/plugin/v1/orders/:id": 3 })
    })
  })

  describe("retries", () => {
    it("succeeds after injected 500s, creating the order exactly once", async () => {
      await control("POST", "/faults", { kind: "error", count: 2 })
      const input = payload()
      const created = await client().createOrder(input)
      expect(created.status).toBe("pending")
      expect(await createCalls(input.external_order_id)).toMatchObject({
        received: 3,
        faulted: 2,
        accepted: 1,
      })
      expect(warnings.some((warning) => /retry 2\/3/.test(warning))).toBe(true)
    })

    it("honours retry-after on 429", async () => {
      await control("POST", "/faults", { kind: "rate_limit", retry_after: "0.3" })
      const started = Date.now()
      await client().createOrder(payload())
      expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    })

    it("caps a long retry-after", async () => {
      await control("POST", "/faults", { kind: "rate_limit", retry_after: "120" })
      const started = Date.now()
      await client({ retryAfterCapMs: 50 }).createOrder(payload())
      expect(Date.now() - started).toBeLessThan(1_000)
    })

    it("a hang hits the timeout and is retried", async () => {
      const created = await client().createOrder(payload())
      await control("POST", "/faults", { kind: "hang", method: "GET" })
      const started = Date.now()
      const order = await client({ timeoutMs: 100 }).getOrder(created.order_id)
      expect(order.id).toBe(created.order_id)
      expect(Date.now() - started).toBeGreaterThanOrEqual(95)
      expect(warnings.some((warning) => /timed out after 100 ms/.test(warning))).toBe(true)
    })

    it("a timeout on every attempt ends as a timed-out GiftyzetUnavailableError", async () => {
      await control("POST", "/faults", { kind: "hang", count: 5 })
      const error = await failure(() => client({ timeoutMs: 50, maxRetries: 1 }).validate())
      expect(error).toBeInstanceOf(GiftyzetUnavailableError)
      expect(error).toMatchObject({ status: null, timedOut: true })
    })

    it("create stored but answered 500: the retry's 409 is a conflict after retry; one order", async () => {
      await control("POST", "/faults", { kind: "fail_after_commit" })
      const input = payload()
      const error = await failure(() => client().createOrder(input))
      expect(error).toBeInstanceOf(GiftyzetConflictError)
      expect(error).toMatchObject({ afterRetry: true })
      expect(await createCalls(input.external_order_id)).toMatchObject({
        received: 2,
        accepted: 1,
        conflicts: 1,
      })
      const order = await client().getOrderByExternalId(input.external_order_id)
      expect(order.recipient_link).toMatch(/\/gift-receiver\/gift-/)
    })

    it("create stored but connection dropped: same outcome", async () => {
      await control("POST", "/faults", { kind: "fail_after_commit", mode: "drop" })
      const input = payload()
      const error = await failure(() => client().createOrder(input))
      expect(error).toBeInstanceOf(GiftyzetConflictError)
      expect(await createCalls(input.external_order_id)).toMatchObject({ accepted: 1 })
    })

    it("does not retry when maxRetries is 0", async () => {
      await control("POST", "/faults", { kind: "error", count: 1 })
      const input = payload()
      await failure(() => client({ maxRetries: 0 }).createOrder(input))
      expect(await createCalls(input.external_order_id)).toMatchObject({ received: 1, accepted: 0 })
    })
  })

  describe("newer-only endpoints", () => {
    it("validate(): not supported on the documented generation, details on the newer one", async () => {
      expect(await client().validate()).toEqual({ supported: false })
      await control("POST", "/config", { generation: "newer" })
      expect(await client().validate()).toEqual({
        supported: true,
        valid: true,
        integration_name: "Sandbox store 1",
        message: "API key is valid. You can use it to create and manage orders.",
      })
      const error = await failure(() => client({ apiKey: "gfty_live_wrong_wrong_wrong" }).validate())
      expect(error).toBeInstanceOf(GiftyzetAuthError)
    })

    it("updateStatus(): not supported on documented; updates on newer; 404 for an unknown order", async () => {
      const created = await client().createOrder(payload())
      expect(await client().updateStatus(created.order_id, "dispatched")).toEqual({ supported: false })
      expect((await client().getOrder(created.order_id)).status).toBe("pending")

      await control("POST", "/config", { generation: "newer" })
      expect(await client().updateStatus(created.order_id, "dispatched")).toEqual({
        supported: true,
        order_id: created.order_id,
        status: "dispatched",
        message: "Order status updated.",
      })
      expect((await client().getOrder(created.order_id)).status).toBe("dispatched")

      const error = await failure(() =>
        client().updateStatus("00000000-0000-4000-8000-000000000000", "cancelled")
      )
      expect(error).toBeInstanceOf(GiftyzetNotFoundError)
    })

    it("listOrders(): not supported on documented; pages on newer", async () => {
      const ids: string[] = []
      for (let i = 0; i < 3; i += 1) {
        ids.push((await client().createOrder(payload())).order_id)
      }
      expect(await client().listOrders()).toEqual({ supported: false })

      await control("POST", "/config", { generation: "newer" })
      const page = await client().listOrders({ page: 1, limit: 2 })
      if (!page.supported) {
        throw new Error("expected a page")
      }
      expect(page.pagination).toEqual({ page: 1, limit: 2, total: 3 })
      expect(page.orders.map((order) => order.id)).toEqual([ids[2], ids[1]])
      expect(page.orders[0]).toMatchObject({
        status: "pending",
        totals: { subtotal: 59.99, shipping: 4.5, tax: 0, total: 64.49 },
        sender: { name: "Jane Doe", email: "jane@example.com" },
        receiver: { name: "John Doe", email: "john@example.com" },
      })
      const capped = await client().listOrders({ limit: 500 })
      expect(capped.supported && capped.pagination.limit).toBe(50)
    })
  })

  it("constructor refuses a bad base URL or an empty key without echoing the key", () => {
    expect(() => new GiftyzetClient({ baseUrl: "not a url", apiKey: KEY })).toThrow(/baseUrl/)
    expect(() => new GiftyzetClient({ baseUrl: "ftp://x", apiKey: KEY })).toThrow(/baseUrl/)
    expect(() => new GiftyzetClient({ baseUrl: sandbox.url, apiKey: " " })).toThrow(/apiKey/)
    try {
      new GiftyzetClient({ baseUrl: "not a url", apiKey: KEY })
    } catch (error) {
      errors.push(error)
    }
  })

  it("the API key is in no error, no log line and no serialisation of the client", () => {
    // Runs last in this file: checks everything the tests above collected.
    expect(errors.length).toBeGreaterThan(10)
    const texts: string[] = [...warnings, JSON.stringify(client()), String(Object.values(client()))]
    for (const error of errors) {
      let current: unknown = error
      while (current instanceof Error) {
        texts.push(current.message, String(current), current.stack ?? "", JSON.stringify(current))
        current = current.cause
      }
    }
    for (const text of texts) {
      expect(text).not.toContain(KEY)
      expect(text).not.toContain(OTHER_KEY)
    }
  })
})
