import {
  createdWebhookSchema,
  orderRequestSchema,
  orderSchema,
  productFiltersSchema,
  walletBalanceListSchema,
  walletListSchema,
  webhookListSchema,
} from "../schemas"

describe("tolerant response schemas", () => {
  it("accepts every plausible /wallet/balance shape as a list", () => {
    const entry = { currency: "GBP", balance: 10 }
    expect(walletBalanceListSchema.parse(entry)).toEqual([entry])
    expect(walletBalanceListSchema.parse([entry])).toEqual([entry])
    expect(
      walletBalanceListSchema.parse({ ...entry, balances: [entry, { currency: "EUR", balance: 2 }] })
    ).toHaveLength(2)
    expect(walletBalanceListSchema.safeParse({ balance: 10 }).success).toBe(false)
  })

  it("accepts /wallet as an array or wrapped", () => {
    const wallet = {
      currency: "GBP",
      balance: 10,
      transactions: [{ transactionType: "funding", transactionValue: 10 }],
    }
    expect(walletListSchema.parse([wallet])).toHaveLength(1)
    expect(walletListSchema.parse({ wallets: [wallet] })).toHaveLength(1)
  })

  it("keeps unknown order fields, drops unreadable optional ones, insists on ids and amounts", () => {
    const order = orderSchema.parse({
      _id: "65b0d1e2f3a4b56789012345",
      productCode: "AMAZON_UK_STD",
      currency: "GBP",
      valuePurchased: 50,
      usageLimit: "one",
      newPartnerField: { a: 1 },
    })
    expect(order.usageLimit).toBeUndefined()
    expect(order.newPartnerField).toEqual({ a: 1 })
    expect(
      orderSchema.safeParse({ _id: "x", productCode: "A", currency: "GBP", valuePurchased: "50" }).success
    ).toBe(false)
  })

  it("reads order request errors as text and result as unknown", () => {
    const failed = orderRequestSchema.parse({
      orderRequestId: "r",
      status: "failed",
      error: { message: "nope" },
      result: null,
    })
    expect(failed.error).toBe("nope")
    const future = orderRequestSchema.parse({
      orderRequestId: "r",
      status: "partially_succeeded",
      result: { anything: [1] },
    })
    expect(future.status).toBe("partially_succeeded")
    expect(future.result).toEqual({ anything: [1] })
  })

  it("normalizes webhook ids from _id or id and requires one", () => {
    const base = { url: "https://x", events: ["wallet.updated"] }
    expect(webhookListSchema.parse({ webhooks: [{ ...base, _id: "a" }] })[0].id).toBe("a")
    expect(webhookListSchema.parse([{ ...base, id: "b" }])[0].id).toBe("b")
    expect(webhookListSchema.safeParse([base]).success).toBe(false)
    expect(createdWebhookSchema.parse({ ...base, _id: "c", secret: "s" })).toEqual({
      ...base,
      id: "c",
      secret: "s",
    })
  })

  it("reads filters given as names or objects, tolerating garbage", () => {
    expect(
      productFiltersSchema.parse({ categories: ["A"], merchants: [{ name: "Amazon UK" }, "Argos"] })
    ).toEqual({
      categories: ["A"],
      merchants: ["Amazon UK", "Argos"],
    })
    expect(productFiltersSchema.parse({ categories: "oops" })).toEqual({ categories: [], merchants: [] })
  })
})
