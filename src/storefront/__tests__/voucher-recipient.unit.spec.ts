import { parseVoucherShippingData } from "../../lib/gifting/voucher-shipping-data"
import {
  VOUCHER_GIFT_MESSAGE_MAX_LENGTH,
  VOUCHER_RECIPIENT_NAME_MAX_LENGTH,
} from "../../shared/voucher-shipping-rules"
import { findVoucherRecipient, isVoucherShippingOption, validateVoucherRecipient } from "../voucher-recipient"

const valid = { recipient_email: "sam@example.com" }

// Inputs a storefront form can produce (optional fields absent, blank or filled).
const cases: Record<string, unknown>[] = [
  valid,
  { recipient_email: "  Sam@Example.COM ", recipient_name: "  Sam  ", gift_message: "Enjoy!" },
  { ...valid, recipient_name: "", gift_message: "   " },
  { ...valid, recipient_name: null, gift_message: null },
  { recipient_email: "" },
  { recipient_email: "   " },
  { recipient_email: "nope" },
  { recipient_email: "sam@example" },
  { recipient_email: 7 },
  {},
  { ...valid, recipient_name: 42 },
  { ...valid, recipient_name: "x".repeat(VOUCHER_RECIPIENT_NAME_MAX_LENGTH) },
  { ...valid, recipient_name: "x".repeat(VOUCHER_RECIPIENT_NAME_MAX_LENGTH + 1) },
  { ...valid, gift_message: "x".repeat(VOUCHER_GIFT_MESSAGE_MAX_LENGTH + 1) },
  { ...valid, gift_message: ["not", "text"] },
  { recipient_email: "nope", recipient_name: "x".repeat(VOUCHER_RECIPIENT_NAME_MAX_LENGTH + 1) },
]

describe("validateVoucherRecipient", () => {
  it.each(cases.map((input) => [JSON.stringify(input).slice(0, 80), input] as const))(
    "decides %s exactly as the UGiftMe provider on the server does",
    (_title, input) => {
      const client = validateVoucherRecipient(input)
      const server = parseVoucherShippingData(input)

      expect(client.success).toBe(server.success)
      if (client.success && server.success) {
        const { kind, ...serverData } = server.data
        expect(kind).toBe("ugiftme_voucher")
        expect(client.data).toEqual(serverData)
      } else if (!client.success && !server.success) {
        expect(client.message).toBe(server.message)
      }
    }
  )

  it("reports every invalid field with its code", () => {
    const result = validateVoucherRecipient({
      recipient_email: "",
      gift_message: "x".repeat(VOUCHER_GIFT_MESSAGE_MAX_LENGTH + 1),
    })

    expect(result.success ? [] : result.issues.map(({ field, code }) => [field, code])).toEqual([
      ["recipient_email", "required"],
      ["gift_message", "too_long"],
    ])
  })
})

describe("isVoucherShippingOption", () => {
  it("recognises the voucher option by its data or its provider, and nothing else", () => {
    expect(isVoucherShippingOption({ provider_id: "ugiftme_ugiftme" })).toBe(true)
    expect(isVoucherShippingOption({ provider_id: "custom", data: { id: "ugiftme-voucher-email" } })).toBe(
      true
    )
    expect(isVoucherShippingOption({ provider_id: "giftyzet_giftyzet" })).toBe(false)
    expect(
      isVoucherShippingOption({ provider_id: "manual_manual", data: { id: "manual-fulfillment" } })
    ).toBe(false)
    expect(isVoucherShippingOption(undefined)).toBe(false)
  })
})

describe("findVoucherRecipient", () => {
  it("reads the recipient the provider stored, and nothing the provider did not write", () => {
    const cart = {
      shipping_methods: [
        { data: { recipient_email: "forged@example.com" } },
        { data: { kind: "ugiftme_voucher", recipient_email: "sam@example.com", recipient_name: "Sam" } },
      ],
    }

    expect(findVoucherRecipient(cart)).toEqual({ recipient_email: "sam@example.com", recipient_name: "Sam" })
    expect(findVoucherRecipient({ shipping_methods: [cart.shipping_methods[0]] })).toBeNull()
    expect(findVoucherRecipient(null)).toBeNull()
  })
})
