import type { UgiftmeOrder } from "../../../lib/ugiftme"
import { isOrderOf } from "../find-voucher-purchase"
import { buildVoucherPurchase } from "../voucher-payload"

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
