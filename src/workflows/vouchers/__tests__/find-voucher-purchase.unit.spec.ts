import { UgiftmeUnavailableError, type UgiftmeClient, type UgiftmeOrder } from "../../../lib/ugiftme"
import type GiftingModuleService from "../../../modules/gifting/service"
import { findVoucherPurchase, isOrderOf } from "../find-voucher-purchase"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"
import { buildVoucherPurchase } from "../../../lib/gifting/voucher-payload"

const purchase = buildVoucherPurchase({
  product_code: "AMAZON_UK_STD",
  merchant: "Amazon UK",
  currency: "GBP",
  value: 25,
  recipient_email: "Ada@Example.com",
})

const order = (change: Partial<UgiftmeOrder> = {}): UgiftmeOrder => ({
  _id: "65f1",
  productCode: "AMAZON_UK_STD",
  currency: "GBP",
  valuePurchased: 25,
  giftOrder: { recipientEmail: "ada@example.com" },
  ...change,
})

describe("isOrderOf", () => {
  it("matches an order of the same product, currency, value and recipient (email case aside)", () => {
    expect(isOrderOf(order(), purchase)).toBe(true)
  })

  it.each([
    ["another product", { productCode: "ARGOS_UK_FIXED" }],
    ["another currency", { currency: "EUR" }],
    ["another value", { valuePurchased: 25.01 }],
    ["another recipient", { giftOrder: { recipientEmail: "bob@example.com" } }],
    ["no recipient", { giftOrder: undefined }],
  ])("does not match %s", (_what, change) => {
    expect(isOrderOf(order(change), purchase)).toBe(false)
  })
})

describe("findVoucherPurchase", () => {
  const row = {
    id: "vord_1",
    product_code: "AMAZON_UK_STD",
    merchant: "Amazon UK",
    currency: "GBP",
    value: 25,
    recipient_email: "ada@example.com",
    key_sent_at: new Date("2026-01-01T10:00:00.000Z"),
    key_sends: 3,
  } as unknown as VoucherOrderRecord

  /** A gifting service whose rows hold `claimed` order ids and `waiting` same-kind units on an order request. */
  function gifting(claimed: string[], waiting = 0) {
    return {
      listVoucherOrders: async (filters: Record<string, unknown>) =>
        "ugiftme_order_id" in filters
          ? claimed.map((id) => ({ ugiftme_order_id: id }))
          : Array.from({ length: waiting }, (_, index) => ({
              id: `w${index}`,
              value: 25,
              ugiftme_order_id: null,
            })),
    } as unknown as GiftingModuleService
  }

  function client(orders: UgiftmeOrder[] | Error) {
    const searches: Record<string, unknown>[] = []
    return {
      searches,
      searchOrders: async (params: Record<string, unknown>) => {
        searches.push(params)
        if (orders instanceof Error) throw orders
        return { orders }
      },
      createOrder: async () => {
        throw new Error("a lookup never buys")
      },
    } as unknown as UgiftmeClient & { searches: Record<string, unknown>[] }
  }

  it("adopts a matching order no row holds, searching from before the key's first send", async () => {
    const ugiftme = client([
      order({ _id: "taken" }),
      order({ _id: "free" }),
      order({ _id: "other", valuePurchased: 50 }),
    ])

    expect(await findVoucherPurchase(gifting(["taken"]), ugiftme, row)).toEqual({
      kind: "succeeded",
      ugiftme_order_id: "free",
    })
    expect(ugiftme.searches[0]).toMatchObject({
      merchant: "Amazon UK",
      startDate: "2026-01-01T09:55:00.000Z",
    })
  })

  it("parks the unit with the reason when nothing unclaimed matches, or a same-kind unit may own the match", async () => {
    for (const [claimed, waiting] of [
      [["only"], 0],
      [[], 1],
    ] as const) {
      const outcome = await findVoucherPurchase(
        gifting([...claimed], waiting),
        client([order({ _id: "only" })]),
        row
      )
      expect(outcome).toEqual({ kind: "parked", error: expect.stringContaining("Outcome unknown") })
    }
  })

  it("leaves the outcome unknown (looked for again) when the search fails", async () => {
    const down = new UgiftmeUnavailableError({ message: "UGiftMe GET /orders/search answered 503" })

    expect(await findVoucherPurchase(gifting([]), client(down), row)).toMatchObject({
      kind: "unknown",
      error: expect.stringContaining("could not look for the purchase at UGiftMe"),
    })
  })
})
