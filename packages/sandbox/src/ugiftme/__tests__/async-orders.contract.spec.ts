import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { amazonUk, api, waitFor } from "./support/http"
import type { ErrorJson, OrderJson, OrderRequestJson } from "./support/shapes"
import { balanceOf } from "./support/shapes"

describe("UGiftMe sandbox: async orders", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ asyncOrders: true, processingDelayMs: 40, initialBalance: 100 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  async function poll(id: string, apiKey = key) {
    return api<OrderRequestJson>(sandbox.url, "GET", `/orders/order-requests/${id}`, { apiKey })
  }

  it("answers 202 with an order request that runs queued → processing → succeeded", async () => {
    // Each state lasts long enough for the poll below to see it on a loaded machine.
    await control.setConfig({ processingDelayMs: 600 })
    const accepted = await api<{ orderRequestId: string; status: string }>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(30),
    })
    expect(accepted.status).toBe(202)
    expect(accepted.headers.get("x-business-orders-async")).toBe("true")
    expect(accepted.json).toEqual({
      orderRequestId: expect.stringMatching(/^[0-9a-f]{24}$/),
      status: "queued",
    })

    const seen: string[] = []
    const done = await waitFor(async () => {
      const answer = await poll(accepted.json.orderRequestId)
      expect(answer.status).toBe(200)
      if (seen[seen.length - 1] !== answer.json.status) seen.push(answer.json.status)
      return answer.json.status === "succeeded" && answer.json
    }, 15_000)
    expect(seen).toEqual(["queued", "processing", "succeeded"])
    expect(done).toMatchObject({ orderRequestId: accepted.json.orderRequestId, type: "single" })
    expect(done.error).toBeUndefined()
    const result = done.result as Record<string, unknown> & { orderId: string }
    expect(result).toMatchObject({
      orderId: expect.any(String),
      _id: result.orderId,
      productCode: "AMAZON_UK_STD",
      valuePurchased: 30,
    })

    const order = await api<OrderJson>(sandbox.url, "GET", `/orders/${result.orderId}`, { apiKey: key })
    expect(order.status).toBe(200)
    expect(await balanceOf(sandbox.url, key)).toEqual({ currency: "GBP", balance: 70, availableBalance: 70 })
  })

  it("holds the amount while pending: balance unchanged, available reduced, overdraw refused", async () => {
    await control.setConfig({ processingDelayMs: 120 })
    const accepted = await api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(60),
    })
    expect(accepted.status).toBe(202)
    expect(await balanceOf(sandbox.url, key)).toEqual({ currency: "GBP", balance: 100, availableBalance: 40 })

    const second = await api<ErrorJson>(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(50) })
    expect(second.status).toBe(402)
    expect(second.json).toEqual({ error: "Insufficient funds", required: 50, available: 40, currency: "GBP" })

    await waitFor(async () => (await poll(accepted.json.orderRequestId)).json.status === "succeeded")
    expect(await balanceOf(sandbox.url, key)).toEqual({ currency: "GBP", balance: 40, availableBalance: 40 })
  })

  it("fails the next order with the injected reason and releases the hold without debiting", async () => {
    await control.failNextOrders(1, { reason: "Supplier out of stock" })
    const accepted = await api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(30),
    })
    const failed = await waitFor(async () => {
      const answer = await poll(accepted.json.orderRequestId)
      return answer.json.status === "failed" && answer.json
    })
    expect(failed).toMatchObject({ status: "failed", error: "Supplier out of stock", result: null })
    expect(await balanceOf(sandbox.url, key)).toEqual({
      currency: "GBP",
      balance: 100,
      availableBalance: 100,
    })
    expect((await control.counters()).ordersCreated).toBe(0)

    // Only one order was meant to fail.
    const next = await api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(30),
    })
    await waitFor(async () => (await poll(next.json.orderRequestId)).json.status === "succeeded")
  })

  it("404 for an unknown order request or another account's", async () => {
    const accepted = await api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(5),
    })
    const stranger = await control.createAccount()
    for (const [id, apiKey] of [
      ["65b0d1e2f3a4b56789012345", key],
      ["garbage", key],
      [accepted.json.orderRequestId, stranger.apiKey],
    ]) {
      const answer = await poll(id, apiKey)
      expect(answer.status).toBe(404)
      expect(answer.json).toEqual({ error: "Order request not found or access denied" })
    }
  })

  it("bulk requests complete with the bulk answer as result", async () => {
    const accepted = await api<{ orderRequestId: string; status: string }>(
      sandbox.url,
      "POST",
      "/orders/bulk",
      {
        apiKey: key,
        body: {
          orders: [
            amazonUk(10),
            amazonUk(15),
            { productCode: "NOPE", merchant: "x", currency: "GBP", valuePurchased: 1 },
          ],
        },
      }
    )
    expect(accepted.status).toBe(202)
    const done = await waitFor(async () => {
      const answer = await poll(accepted.json.orderRequestId)
      return answer.json.status === "succeeded" && answer.json
    })
    expect(done.type).toBe("bulk")
    expect(done.result).toMatchObject({
      success: true,
      summary: { totalOrders: 2, totalValue: 25, currency: "GBP", remainingBalance: 75 },
      rejectedOrders: [{ productCode: "NOPE", reason: "Product not found" }],
    })
    expect(done.result?.orders).toHaveLength(2)
  })

  it("can be switched back to synchronous 201 at runtime", async () => {
    await control.setConfig({ asyncOrders: false })
    const answer = await api<OrderJson>(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(10) })
    expect(answer.status).toBe(201)
    expect(answer.headers.get("x-business-orders-async")).toBe("false")
  })
})
