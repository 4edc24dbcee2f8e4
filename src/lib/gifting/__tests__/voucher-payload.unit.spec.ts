import { buildVoucherPurchase, purchaseChanged, type VoucherPurchaseSource } from "../voucher-payload"

const row: VoucherPurchaseSource = {
  product_code: "AMAZON_UK_STD",
  merchant: "Amazon UK",
  currency: "GBP",
  value: 25,
  recipient_email: "friend@example.com",
  recipient_name: "A Friend",
  gift_message: "Happy birthday!",
}

describe("buildVoucherPurchase", () => {
  it("builds the POST /orders body from the row's frozen fields", () => {
    expect(buildVoucherPurchase(row)).toEqual({
      productCode: "AMAZON_UK_STD",
      merchant: "Amazon UK",
      currency: "GBP",
      valuePurchased: 25,
      recipientEmail: "friend@example.com",
      recipientName: "A Friend",
      giftMessage: "Happy birthday!",
    })
  })

  it("serialises to the same bytes every time, whatever form the stored amount takes", () => {
    const fromNumber = JSON.stringify(buildVoucherPurchase(row))
    const fromString = JSON.stringify(buildVoucherPurchase({ ...row, value: "25.00" }))
    const fromBigNumber = JSON.stringify(
      buildVoucherPurchase({ ...row, value: { value: "25", precision: 20 } })
    )

    expect(fromString).toBe(fromNumber)
    expect(fromBigNumber).toBe(fromNumber)
  })

  it("rounds the face value to the currency's decimals, exactly", () => {
    expect(buildVoucherPurchase({ ...row, value: "49.995" }).valuePurchased).toBe(50)
    expect(buildVoucherPurchase({ ...row, value: 0.1 + 0.2 }).valuePurchased).toBe(0.3)
    expect(buildVoucherPurchase({ ...row, currency: "JPY", value: 1000.4 }).valuePurchased).toBe(1000)
  })

  it("leaves out an empty name and message", () => {
    const body = buildVoucherPurchase({ ...row, recipient_name: null, gift_message: "" })

    expect(body).not.toHaveProperty("recipientName")
    expect(body).not.toHaveProperty("giftMessage")
  })
})

describe("purchaseChanged", () => {
  it("is false for the same purchase and true when anything sent changes", () => {
    expect(purchaseChanged(row, { ...row, value: "25.00" })).toBe(false)
    expect(purchaseChanged(row, { ...row, value: 30 })).toBe(true)
    expect(purchaseChanged(row, { ...row, product_code: "ARGOS_UK_FIXED" })).toBe(true)
    expect(purchaseChanged(row, { ...row, merchant: "Amazon" })).toBe(true)
  })
})
