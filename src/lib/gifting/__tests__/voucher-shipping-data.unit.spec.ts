import { parseVoucherShippingData, VOUCHER_GIFT_MESSAGE_MAX_LENGTH } from "../voucher-shipping-data"

describe("parseVoucherShippingData", () => {
  it("normalises the recipient and drops blank optional fields", () => {
    expect(
      parseVoucherShippingData({
        recipient_email: "  Friend@Example.COM ",
        recipient_name: " A Friend ",
        gift_message: "  ",
      })
    ).toEqual({
      success: true,
      data: { kind: "ugiftme_voucher", recipient_email: "friend@example.com", recipient_name: "A Friend" },
    })
  })

  it.each([
    [{}, "recipient_email is required"],
    [{ recipient_email: "   " }, "recipient_email is required"],
    [{ recipient_email: "not-an-email" }, "recipient_email must be a valid email address"],
    [{ recipient_email: 42 }, "recipient_email must be a string"],
    [
      { recipient_email: "a@b.co", recipient_name: "x".repeat(201) },
      "recipient_name must be at most 200 characters",
    ],
    [
      { recipient_email: "a@b.co", gift_message: "x".repeat(VOUCHER_GIFT_MESSAGE_MAX_LENGTH + 1) },
      "gift_message must be at most 500 characters",
    ],
  ])("rejects %j naming the field", (input, message) => {
    expect(parseVoucherShippingData(input)).toEqual({ success: false, message })
  })

  it("accepts a message of exactly the maximum length", () => {
    const result = parseVoucherShippingData({
      recipient_email: "a@b.co",
      gift_message: "x".repeat(VOUCHER_GIFT_MESSAGE_MAX_LENGTH),
    })

    expect(result.success).toBe(true)
  })
})
