import { extractOrderIds, parseWebhookEvent, webhookEventMismatch } from "../webhook-events"

describe("parseWebhookEvent", () => {
  it("reads order lifecycle events by header", () => {
    const queued = parseWebhookEvent("order.queued", {
      orderRequestId: "r1",
      status: "queued",
      type: "bulk",
      orderCount: 3,
      timestamp: "2025-04-12T14:22:10.000Z",
    })
    expect(queued).toEqual({
      event: "order.queued",
      payload: {
        orderRequestId: "r1",
        status: "queued",
        type: "bulk",
        orderCount: 3,
        timestamp: "2025-04-12T14:22:10.000Z",
      },
    })
    expect(parseWebhookEvent("order.processing", { orderRequestId: "r1", status: "processing" })?.event).toBe(
      "order.processing"
    )
  })

  it("reads order.succeeded from raw bytes, keeping the result and unknown fields", () => {
    const raw = Buffer.from(
      JSON.stringify({
        orderRequestId: "r1",
        status: "succeeded",
        result: { orderId: "o1", extra: 1 },
        newField: true,
      })
    )
    const event = parseWebhookEvent("order.succeeded", raw)
    if (event?.event !== "order.succeeded") throw new Error("wrong event")
    expect(event.payload.result).toEqual({ orderId: "o1", extra: 1 })
    expect(event.payload.newField).toBe(true)
  })

  it("normalizes the order.failed error to text", () => {
    const plain = parseWebhookEvent("order.failed", {
      orderRequestId: "r1",
      status: "failed",
      error: "Insufficient available balance",
    })
    const nested = parseWebhookEvent("order.failed", {
      orderRequestId: "r1",
      status: "failed",
      error: { message: "Supplier down", code: 7 },
    })
    expect(plain?.event === "order.failed" && plain.payload.error).toBe("Insufficient available balance")
    expect(nested?.event === "order.failed" && nested.payload.error).toBe("Supplier down")
  })

  it("reads wallet.updated and product.updated tolerantly", () => {
    const wallet = parseWebhookEvent("wallet.updated", {
      userId: "u1",
      currency: "GBP",
      balance: 950,
      availableBalance: 900,
      source: "order",
      transaction: { type: "debit", amount: 50, orderId: "o1", details: null },
    })
    expect(wallet).toMatchObject({
      event: "wallet.updated",
      payload: { currency: "GBP", balance: 950, transaction: { amount: 50 } },
    })
    const product = parseWebhookEvent("product.updated", {
      productCode: "AMAZON_UK_STD",
      merchant: { name: "Amazon UK" },
      minValue: "5",
    })
    if (product?.event !== "product.updated") throw new Error("wrong event")
    expect(product.payload.merchant).toBe("Amazon UK")
    expect(product.payload.minValue).toBeUndefined()
  })

  it("recognizes test deliveries by header or by body type", () => {
    const payload = {
      type: "webhook.test",
      sentAt: "2025-01-01T00:00:00.000Z",
      data: { message: "hi", exampleOrderId: "x" },
    }
    expect(parseWebhookEvent("webhook.test", payload)?.event).toBe("webhook.test")
    expect(parseWebhookEvent(undefined, payload)?.event).toBe("webhook.test")
  })

  it("returns undefined for unknown events, missing key fields, or unreadable bodies", () => {
    expect(parseWebhookEvent("order.exploded", { orderRequestId: "r1", status: "x" })).toBeUndefined()
    expect(parseWebhookEvent(undefined, { orderRequestId: "r1" })).toBeUndefined()
    expect(parseWebhookEvent("order.succeeded", { status: "succeeded" })).toBeUndefined()
    expect(parseWebhookEvent("wallet.updated", { currency: "GBP", balance: "950" })).toBeUndefined()
    expect(parseWebhookEvent("order.queued", "{not json")).toBeUndefined()
  })

  it("trusts an order event name only when the signed body's status agrees with it", () => {
    const processing = JSON.stringify({ orderRequestId: "r1", status: "processing" })
    expect(parseWebhookEvent("order.failed", processing)).toBeUndefined()
    expect(parseWebhookEvent("order.succeeded", processing)).toBeUndefined()
    expect(webhookEventMismatch("order.failed", processing)).toContain("order.failed")
    expect(webhookEventMismatch("order.failed", { orderRequestId: "r1" })).toBeDefined()
    expect(webhookEventMismatch("order.processing", processing)).toBeUndefined()
    expect(webhookEventMismatch("wallet.updated", processing)).toBeUndefined()
    expect(webhookEventMismatch(undefined, processing)).toBeUndefined()
  })
})

describe("extractOrderIds", () => {
  it("finds order ids in every result shape", () => {
    expect(extractOrderIds({ orderId: "o1", _id: "o1" })).toEqual(["o1"])
    expect(extractOrderIds({ _id: "o2", productCode: "X" })).toEqual(["o2"])
    expect(extractOrderIds({ order: { _id: "o3" } })).toEqual(["o3"])
    expect(extractOrderIds({ orderIds: ["o4", "o5"], summary: {} })).toEqual(["o4", "o5"])
    expect(extractOrderIds({ success: true, orders: [{ _id: "o6" }, { _id: "o7" }] })).toEqual(["o6", "o7"])
    expect(extractOrderIds(null)).toEqual([])
    expect(extractOrderIds("o8")).toEqual([])
  })
})
