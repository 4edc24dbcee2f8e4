import { GIFT_MESSAGE_MAX_LENGTH, parseGiftShippingData, readGiftShippingData } from "../gift-shipping-data"

describe("parseGiftShippingData", () => {
  it("normalises valid recipient data and marks it as a gift", () => {
    const result = parseGiftShippingData({
      recipient_name: "  Rosa Recipient ",
      recipient_email: " Rosa@Example.COM ",
      recipient_phone: "",
      gift_message: "Happy birthday!",
      unexpected: "dropped",
    })

    expect(result).toEqual({
      success: true,
      data: {
        kind: "giftyzet_gift",
        recipient_name: "Rosa Recipient",
        recipient_email: "rosa@example.com",
        gift_message: "Happy birthday!",
      },
    })
  })

  it.each([
    [{ recipient_email: "rosa@example.com" }, "recipient_name is required"],
    [{ recipient_name: "Rosa" }, "recipient_email is required"],
    [{ recipient_name: "Rosa", recipient_email: "nope" }, "recipient_email must be a valid email address"],
    [{ recipient_name: "   ", recipient_email: "rosa@example.com" }, "recipient_name is required"],
    [
      { recipient_name: "Rosa", recipient_email: "rosa@example.com", recipient_phone: "call me" },
      "recipient_phone must be a phone number",
    ],
    [
      {
        recipient_name: "Rosa",
        recipient_email: "rosa@example.com",
        gift_message: "x".repeat(GIFT_MESSAGE_MAX_LENGTH + 1),
      },
      `gift_message must be at most ${GIFT_MESSAGE_MAX_LENGTH} characters`,
    ],
    [{ recipient_name: 42, recipient_email: "rosa@example.com" }, "recipient_name must be a string"],
  ])("rejects %p naming the field", (input, message) => {
    expect(parseGiftShippingData(input)).toEqual({ success: false, message })
  })

  it("accepts the older receiver_* names and stores only recipient_*", () => {
    const result = parseGiftShippingData({
      receiver_name: " Rosa Recipient ",
      receiver_email: "Rosa@Example.com",
      receiver_phone: "+44 20 7946 0958",
    })

    expect(result).toEqual({
      success: true,
      data: {
        kind: "giftyzet_gift",
        recipient_name: "Rosa Recipient",
        recipient_email: "rosa@example.com",
        recipient_phone: "+44 20 7946 0958",
      },
    })
  })

  it("accepts both names for a field when they agree", () => {
    const result = parseGiftShippingData({
      recipient_name: "Rosa",
      receiver_name: " Rosa ",
      recipient_email: "rosa@example.com",
      receiver_phone: "",
    })

    expect(result).toEqual({
      success: true,
      data: { kind: "giftyzet_gift", recipient_name: "Rosa", recipient_email: "rosa@example.com" },
    })
  })

  it("refuses both names for a field when they disagree", () => {
    expect(
      parseGiftShippingData({
        recipient_name: "Rosa",
        recipient_email: "rosa@example.com",
        receiver_email: "sam@example.com",
      })
    ).toEqual({
      success: false,
      message: "recipient_email and receiver_email (its older name) disagree; send recipient_email only",
    })
  })

  it("reports a missing field by its recipient_* name whichever spelling was used", () => {
    expect(parseGiftShippingData({ receiver_name: "Rosa" })).toEqual({
      success: false,
      message: "recipient_email is required",
    })
  })

  it("reads only data it produced", () => {
    const parsed = parseGiftShippingData({ recipient_name: "Rosa", recipient_email: "rosa@example.com" })
    expect(parsed.success && readGiftShippingData(parsed.data)).toEqual({
      kind: "giftyzet_gift",
      recipient_name: "Rosa",
      recipient_email: "rosa@example.com",
    })
    expect(readGiftShippingData({ recipient_email: "rosa@example.com" })).toBeNull()
    expect(readGiftShippingData({ kind: "giftyzet_gift", recipient_name: "Rosa" })).toBeNull()
    expect(readGiftShippingData(null)).toBeNull()
  })

  it("reads data stored before the rename under recipient_* names", () => {
    expect(
      readGiftShippingData({
        kind: "giftyzet_gift",
        receiver_name: "Rosa",
        receiver_email: "rosa@example.com",
        receiver_phone: "+44 20 7946 0958",
        gift_message: "Enjoy",
      })
    ).toEqual({
      kind: "giftyzet_gift",
      recipient_name: "Rosa",
      recipient_email: "rosa@example.com",
      recipient_phone: "+44 20 7946 0958",
      gift_message: "Enjoy",
    })
  })
})
