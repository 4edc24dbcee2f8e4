import { randomUUID } from "node:crypto"
import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { amazonUk, api } from "./support/http"
import type { ErrorJson, OrderJson } from "./support/shapes"
import { balanceOf } from "./support/shapes"

describe("UGiftMe sandbox: control endpoints and faults", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ initialBalance: 500 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  it("injected errors hit only the matching requests, then stop", async () => {
    await control.failNextRequests(2, { path: "/products", method: "GET" })
    expect((await api(sandbox.url, "GET", "/wallet", { apiKey: key })).status).toBe(200)
    const first = await api<ErrorJson>(sandbox.url, "GET", "/products", { apiKey: key })
    expect(first.status).toBe(500)
    expect(first.json).toEqual({ error: "Failed to fetch one or more products", message: expect.any(String) })
    const filters = await api<ErrorJson>(sandbox.url, "GET", "/products/filters", { apiKey: key })
    expect(filters.status).toBe(500)
    expect(filters.json).toEqual({ error: "Failed to fetch filters", details: expect.any(String) })
    expect((await api(sandbox.url, "GET", "/products", { apiKey: key })).status).toBe(200)
  })

  it("injected errors can use another status, e.g. 503", async () => {
    await control.failNextRequests(1, { status: 503 })
    const answer = await api<ErrorJson>(sandbox.url, "GET", "/auth", { apiKey: key })
    expect(answer.status).toBe(503)
    expect(answer.json).toEqual({ error: "An error occurred", message: expect.any(String) })
  })

  it("adds latency until cleared", async () => {
    await control.setLatency(120, { path: "/wallet" })
    let started = Date.now()
    await api(sandbox.url, "GET", "/wallet/balance", { apiKey: key })
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
    started = Date.now()
    await api(sandbox.url, "GET", "/auth", { apiKey: key })
    expect(Date.now() - started).toBeLessThan(100)
    await control.clearFaults()
    started = Date.now()
    await api(sandbox.url, "GET", "/wallet/balance", { apiKey: key })
    expect(Date.now() - started).toBeLessThan(100)
  })

  it("hangs the next request past the caller's deadline", async () => {
    await control.hangNextRequests(1, { path: "/auth" })
    const aborted = fetch(`${sandbox.url}/api/v1/business/auth`, {
      headers: { "X-API-Key": key },
      signal: AbortSignal.timeout(150),
    })
    await expect(aborted).rejects.toThrow()
    expect((await api(sandbox.url, "GET", "/auth", { apiKey: key })).status).toBe(200)
  })

  it("debit-then-fail (error): the order exists and is paid, the answer is a 500, a keyed retry replays it", async () => {
    await control.debitThenFail(1, "error")
    const idem = randomUUID()
    const headers = { "Idempotency-Key": idem }
    const failed = await api<ErrorJson>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(40),
      headers,
    })
    expect(failed.status).toBe(500)
    expect(await balanceOf(sandbox.url, key)).toMatchObject({ balance: 460 })
    const replay = await api<OrderJson>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(40),
      headers,
    })
    expect(replay.status).toBe(201)
    const counters = await control.counters()
    expect(counters.ordersByIdempotencyKey[idem]).toBe(1)
    expect(counters.debits[key]).toEqual({ count: 1, totalsByCurrency: { GBP: 40 } })
    const list = await api<{ orders: OrderJson[] }>(sandbox.url, "GET", "/orders", { apiKey: key })
    expect(list.json.orders.map((o) => o._id)).toEqual([replay.json._id])
  })

  it("debit-then-fail (drop): the connection is cut after the debit", async () => {
    await control.debitThenFail(1, "drop")
    await expect(
      fetch(`${sandbox.url}/api/v1/business/orders`, {
        method: "POST",
        headers: { "X-API-Key": key, "Content-Type": "application/json" },
        body: JSON.stringify(amazonUk(40)),
      })
    ).rejects.toThrow()
    expect((await control.counters()).debits[key].count).toBe(1)
  })

  it("failing the next sync order answers the configured status without a debit", async () => {
    await control.failNextOrders(1, { reason: "Supplier down", status: 502 })
    const answer = await api<ErrorJson>(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(40) })
    expect(answer.status).toBe(502)
    expect(answer.json).toEqual({ error: "Failed to create order", message: "Supplier down" })
    expect((await balanceOf(sandbox.url, key)).balance).toBe(500)
    expect((await api(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(40) })).status).toBe(201)
  })

  it("counts requests per route", async () => {
    await api(sandbox.url, "GET", "/products", { apiKey: key })
    await api(sandbox.url, "GET", "/products", { apiKey: key })
    await api(sandbox.url, "GET", "/orders/65b0d1e2f3a4b56789012345", { apiKey: key })
    const counters = await control.counters()
    expect(counters.requests.byRoute["GET /products"]).toBe(2)
    expect(counters.requests.byRoute["GET /orders/:orderId"]).toBe(1)
    expect(counters.requests.total).toBe(3)
  })

  it("reset restores balances, forgets orders and faults, keeps the start keys", async () => {
    await api(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(40) })
    await control.failNextRequests(5)
    await control.createAccount()
    const answer = await control.reset()
    expect(answer.apiKeys).toEqual([key])
    expect((await balanceOf(sandbox.url, key)).balance).toBe(500)
    expect((await api<{ total: number }>(sandbox.url, "GET", "/orders", { apiKey: key })).json.total).toBe(0)
    expect((await control.counters()).ordersCreated).toBe(0)
    expect((await control.state()).accounts).toHaveLength(1)
  })

  it("lists state, rejects malformed control bodies and unknown control paths", async () => {
    const state = await control.state()
    expect(state.config).toMatchObject({ asyncOrders: false, processingDelayMs: 50, webhookTimeScale: 1 })
    expect(state.accounts[0]).toMatchObject({ apiKey: key, profileStatus: "verified" })
    await expect(control.setConfig({ asyncOrders: "yes" as unknown as boolean })).rejects.toThrow(/400/)
    await expect(control.debitThenFail(1, "explode" as unknown as "error")).rejects.toThrow(/400/)
    const unknown = await fetch(`${sandbox.url}/__sandbox/ugiftme/nope`)
    expect(unknown.status).toBe(404)
  })

  it("close() returns promptly even with a hanging request", async () => {
    const other = await startUgiftmeSandbox()
    const otherControl = new UgiftmeSandboxControl(other.url)
    await otherControl.hangNextRequests(1)
    const pending = fetch(`${other.url}/api/v1/business/auth`, {
      headers: { "X-API-Key": other.apiKeys[0] },
    }).then(
      () => "answered",
      () => "failed"
    )
    await new Promise((resolve) => setTimeout(resolve, 30))
    const started = Date.now()
    await other.close()
    expect(Date.now() - started).toBeLessThan(500)
    expect(await pending).toBe("failed")
  })
})
