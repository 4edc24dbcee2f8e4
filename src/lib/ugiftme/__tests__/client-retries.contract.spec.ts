import { randomUUID } from "node:crypto"
import { UgiftmeSandboxControl, startUgiftmeSandbox } from "@medusa-plugin-gifting/sandbox/ugiftme"
import type { UgiftmeSandbox } from "@medusa-plugin-gifting/sandbox/ugiftme"
import {
  UgiftmeClient,
  UgiftmeRateLimitedError,
  UgiftmeResponseError,
  UgiftmeUnavailableError,
  UgiftmeValidationError,
} from ".."
import type { UgiftmeCreateOrderInput } from ".."

const amazon = (value: number): UgiftmeCreateOrderInput => ({
  productCode: "AMAZON_UK_STD",
  merchant: "Amazon UK",
  currency: "GBP",
  valuePurchased: value,
})

describe("UgiftmeClient retries and exactly-once purchases", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string
  let warnings: string[]

  function makeClient(options: { timeoutMs?: number; maxRetries?: number; maxRetryAfterMs?: number } = {}) {
    return new UgiftmeClient({
      baseUrl: sandbox.url,
      apiKey: key,
      timeoutMs: options.timeoutMs ?? 2_000,
      maxRetries: options.maxRetries ?? 3,
      maxRetryAfterMs: options.maxRetryAfterMs,
      backoff: { baseMs: 5, maxMs: 20 },
      logger: { warn: (message) => warnings.push(message) },
    })
  }

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ initialBalance: 1000, processingDelayMs: 5 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  beforeEach(() => {
    warnings = []
  })
  afterEach(() => control.reset())

  it("does not follow a redirect, which would carry the API key wherever it points", async () => {
    await control.failNextRequests(1, { status: 302, method: "GET", path: "/wallet/balance" })
    const before = (await control.counters()).requests.total
    await expect(makeClient().getBalance()).rejects.toBeInstanceOf(UgiftmeResponseError)
    expect((await control.counters()).requests.total - before).toBe(1)
  })
  afterAll(() => sandbox.close())

  it("retries a read after injected 500s and logs each retry without the key", async () => {
    await control.failNextRequests(2, { path: "/products" })
    const page = await makeClient().listProducts()
    expect(page.products.length).toBeGreaterThan(0)
    expect((await control.counters()).requests.byRoute["GET /products"]).toBe(3)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/GET \/products answered 500.*retry 1\/3/)
    expect(warnings.join("\n")).not.toContain(key)
  })

  it("gives up with UgiftmeUnavailableError when every attempt fails", async () => {
    await control.failNextRequests(10, { path: "/wallet" })
    const error = await makeClient({ maxRetries: 2 })
      .getBalance()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UgiftmeUnavailableError)
    expect(error).toMatchObject({ status: 500, retryable: true, timedOut: false })
    expect((await control.counters()).requests.byRoute["GET /wallet/balance"]).toBe(3)
  })

  it("honours retry-after on 429", async () => {
    await control.setRateLimits({ products: { limit: 1, windowMs: 1_000 } })
    const client = makeClient()
    await client.listProducts()
    const started = Date.now()
    const page = await client.listProducts()
    const elapsed = Date.now() - started
    expect(page.products.length).toBeGreaterThan(0)
    // retry-after: 1 (second); the backoff alone would have waited at most 20 ms.
    expect(elapsed).toBeGreaterThanOrEqual(950)
    expect(warnings).toEqual([expect.stringMatching(/answered 429.*retry 1\/3 in 1000 ms/)])
  })

  it("throws UgiftmeRateLimitedError at once when retry-after exceeds maxRetryAfterMs", async () => {
    await control.setRateLimits({ products: { limit: 0, windowMs: 60_000 } })
    const started = Date.now()
    const error = await makeClient({ maxRetryAfterMs: 5_000 })
      .listProducts()
      .catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(500)
    expect(error).toBeInstanceOf(UgiftmeRateLimitedError)
    expect(error).toMatchObject({ status: 429, retryable: true })
    expect((error as UgiftmeRateLimitedError).retryAfterMs).toBeGreaterThanOrEqual(59_000)
  })

  it("requires an idempotency key for purchases and sends nothing without one", async () => {
    const client = makeClient()
    await expect(client.createOrder(amazon(10), { idempotencyKey: "" })).rejects.toThrow(TypeError)
    await expect(client.createOrder(amazon(10), { idempotencyKey: "   " })).rejects.toThrow(/idempotencyKey/)
    const missing = undefined as unknown as { idempotencyKey: string }
    await expect(client.createBulkOrder([amazon(10)], missing)).rejects.toThrow(TypeError)
    expect((await control.counters()).requests.total).toBe(0)
  })

  it.each(["error", "drop"] as const)(
    "debit then fail (%s): the retry with the same key replays, and the sandbox shows one debit",
    async (mode) => {
      await control.debitThenFail(1, mode)
      const idempotencyKey = randomUUID()
      const result = await makeClient().createOrder(amazon(40), { idempotencyKey })
      if (result.kind !== "created") throw new Error("expected a synchronous creation")
      const counters = await control.counters()
      expect(counters.ordersByIdempotencyKey[idempotencyKey]).toBe(1)
      expect(counters.debits[key]).toEqual({ count: 1, totalsByCurrency: { GBP: 40 } })
      expect(counters.requests.byRoute["POST /orders"]).toBe(2)
      const orders = await makeClient().listOrders()
      expect(orders.orders.map((o) => o._id)).toEqual([result.order._id])
      expect(warnings).toHaveLength(1)
    }
  )

  it("a create whose answer hangs past the timeout is retried and replayed, not bought twice", async () => {
    await control.debitThenFail(1, "hang")
    const idempotencyKey = randomUUID()
    const result = await makeClient({ timeoutMs: 250 }).createOrder(amazon(30), { idempotencyKey })
    expect(result.kind).toBe("created")
    const counters = await control.counters()
    expect(counters.ordersByIdempotencyKey[idempotencyKey]).toBe(1)
    expect(counters.debits[key].count).toBe(1)
    expect(warnings).toEqual([expect.stringMatching(/POST \/orders timed out after 250 ms; retry 1\/3/)])
    expect((await makeClient().getBalance()).find((b) => b.currency === "GBP")?.balance).toBe(970)
  })

  it("a create that hangs before processing is retried and bought once", async () => {
    await control.hangNextRequests(1, { path: "/orders", method: "POST" })
    const idempotencyKey = randomUUID()
    const result = await makeClient({ timeoutMs: 200 }).createOrder(amazon(30), { idempotencyKey })
    expect(result.kind).toBe("created")
    expect((await control.counters()).ordersByIdempotencyKey[idempotencyKey]).toBe(1)
  })

  it("async acceptance lost after the hold: the retry replays the same order request", async () => {
    await control.setConfig({ asyncOrders: true })
    await control.debitThenFail(1, "error")
    const idempotencyKey = randomUUID()
    const client = makeClient()
    const result = await client.createOrder(amazon(25), { idempotencyKey })
    if (result.kind !== "queued") throw new Error("expected an async acceptance")
    let request = await client.getOrderRequest(result.orderRequestId)
    for (let i = 0; i < 200 && request.status !== "succeeded"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      request = await client.getOrderRequest(result.orderRequestId)
    }
    expect(request.status).toBe("succeeded")
    expect((await control.counters()).ordersByIdempotencyKey[idempotencyKey]).toBe(1)
    expect((await client.getBalance()).find((b) => b.currency === "GBP")).toMatchObject({
      balance: 975,
      availableBalance: 975,
    })
  })

  it("never retries a 400, e.g. an idempotency key reused for another payload", async () => {
    const client = makeClient()
    const idempotencyKey = randomUUID()
    await client.createOrder(amazon(10), { idempotencyKey })
    const error = await client.createOrder(amazon(11), { idempotencyKey }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UgiftmeValidationError)
    expect(error).toMatchObject({ status: 400, retryable: false })
    expect((await control.counters()).requests.byRoute["POST /orders"]).toBe(2)
    expect(warnings).toEqual([])
  })

  it("does not retry webhook writes after a 5xx or a timeout (no idempotency key)", async () => {
    const client = makeClient({ timeoutMs: 200 })
    await control.failNextRequests(1, { path: "/webhooks", method: "POST" })
    const failed = await client
      .createWebhook({ url: "http://127.0.0.1:9/x", events: ["wallet.updated"] })
      .catch((e: unknown) => e)
    expect(failed).toBeInstanceOf(UgiftmeUnavailableError)
    await control.hangNextRequests(1, { path: "/webhooks", method: "POST" })
    const timedOut = await client
      .createWebhook({ url: "http://127.0.0.1:9/x", events: ["wallet.updated"] })
      .catch((e: unknown) => e)
    expect(timedOut).toMatchObject({ timedOut: true, retryable: true })
    expect((await control.counters()).requests.byRoute["POST /webhooks"]).toBe(2)
    expect(await client.listWebhooks()).toEqual([])
  })

  it("does retry webhook writes after a 429 (nothing was processed)", async () => {
    await control.failNextRequests(1, { path: "/webhooks", method: "POST", status: 429 })
    const created = await makeClient().createWebhook({
      url: "http://127.0.0.1:9/x",
      events: ["wallet.updated"],
    })
    expect(created.secret).toMatch(/^[0-9a-f]{64}$/)
    expect((await control.counters()).requests.byRoute["POST /webhooks"]).toBe(2)
    expect(warnings.join("\n")).not.toContain(created.secret)
  })
})
