import { GIFT_MESSAGE_MAX_LENGTH, isGiftShippingData, parseGiftShippingData } from "../gift-shipping-data"

describe("parseGiftShippingData", () => {
  it("normalises valid recipient data and marks it as a gift", () => {
    const result = parseGiftShippingData({
      receiver_name: "  Rosa Recipient ",
      receiver_email: " Rosa@Example.COM ",
      receiver_phone: "",
      gift_message: "Happy birthday!",
      unexpected: "dropped",
    })

    expect(result).toEqual({
      success: true,
      data: {
        kind: "giftyzet_gift",
        receiver_name: "Rosa Recipient",
        receiver_email: "rosa@example.com",
        gift_message: "Happy birthday!",
      },
    })
  })

  it.each([
    [{ receiver_email: "rosa@example.com" }, "receiver_name is required"],
    [{ receiver_name: "Rosa" }, "receiver_email is required"],
    [{ receiver_name: "Rosa", receiver_email: "nope" }, "receiver_email must be a valid email address"],
    [{ receiver_name: "   ", receiver_email: "rosa@example.com" }, "receiver_name is required"],
    [
      { receiver_name: "Rosa", receiver_email: "rosa@example.com", receiver_phone: "call me" },
      "receiver_phone must be a phone number",
    ],
    [
      {
        receiver_name: "Rosa",
        receiver_email: "rosa@example.com",
        gift_message: "x".repeat(GIFT_MESSAGE_MAX_LENGTH + 1),
      },
      `gift_message must be at most ${GIFT_MESSAGE_MAX_LENGTH} characters`,
    ],
    [{ receiver_name: 42, receiver_email: "rosa@example.com" }, "receiver_name must be a string"],
  ])("rejects %p naming the field", (input, message) => {
    expect(parseGiftShippingData(input)).toEqual({ success: false, message })
  })

  it("recognises only data it produced", () => {
    const parsed = parseGiftShippingData({ receiver_name: "Rosa", receiver_email: "rosa@example.com" })
    expect(parsed.success && isGiftShippingData(parsed.data)).toBe(true)
    expect(isGiftShippingData({ receiver_email: "rosa@example.com" })).toBe(false)
    expect(isGiftShippingData(null)).toBe(false)
  })
})
