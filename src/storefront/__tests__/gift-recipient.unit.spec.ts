import { z } from "@medusajs/framework/zod"
import { parseGiftShippingData } from "../../lib/gifting/gift-shipping-data"
import {
  GIFT_MESSAGE_MAX_LENGTH,
  GIFT_RECIPIENT_EMAIL_PATTERN,
  GIFT_RECIPIENT_NAME_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_MAX_LENGTH,
} from "../../shared/gift-shipping-rules"
import { findGiftRecipient, isGiftShippingOption, validateGiftRecipient } from "../gift-recipient"

const valid = { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" }

// Inputs a storefront form can produce (optional fields absent, blank or filled).
const cases: Record<string, unknown>[] = [
  valid,
  { ...valid, recipient_name: "  Rosa  ", recipient_email: "  Rosa@Example.COM " },
  { ...valid, recipient_phone: "", gift_message: "   " },
  { ...valid, recipient_phone: null, gift_message: null },
  { ...valid, recipient_phone: "+44 20 7946 0958", gift_message: "Happy birthday!\nLove, Jane" },
  { ...valid, recipient_phone: "(030) 123-45.67" },
  { recipient_email: "rosa@example.com" },
  { recipient_name: "Rosa" },
  { recipient_name: "", recipient_email: "rosa@example.com" },
  { recipient_name: "   ", recipient_email: "rosa@example.com" },
  { recipient_name: 42, recipient_email: "rosa@example.com" },
  { recipient_name: "x".repeat(GIFT_RECIPIENT_NAME_MAX_LENGTH), recipient_email: "rosa@example.com" },
  { recipient_name: "x".repeat(GIFT_RECIPIENT_NAME_MAX_LENGTH + 1), recipient_email: "rosa@example.com" },
  { ...valid, recipient_email: "" },
  { ...valid, recipient_email: "nope" },
  { ...valid, recipient_email: "rosa@@example.com" },
  { ...valid, recipient_email: ".rosa@example.com" },
  { ...valid, recipient_email: "ro..sa@example.com" },
  { ...valid, recipient_email: "rosa@example" },
  { ...valid, recipient_email: 7 },
  { ...valid, recipient_phone: "call me" },
  { ...valid, recipient_phone: "1234" },
  { ...valid, recipient_phone: "1".repeat(GIFT_RECIPIENT_PHONE_MAX_LENGTH + 1) },
  { ...valid, recipient_phone: 123456 },
  { ...valid, gift_message: "x".repeat(GIFT_MESSAGE_MAX_LENGTH) },
  { ...valid, gift_message: "x".repeat(GIFT_MESSAGE_MAX_LENGTH + 1) },
  { ...valid, gift_message: ["not", "text"] },
  { recipient_name: "", recipient_email: "nope", recipient_phone: "call me" },
  {},
]

/** A short test title: long strings by their length. */
function summarise(input: Record<string, unknown>): string {
  return JSON.stringify(input, (_key, value) =>
    typeof value === "string" && value.length > 30 ? `<${value.length} chars>` : value
  )
}

describe("validateGiftRecipient", () => {
  it.each(cases.map((input) => [summarise(input), input] as const))(
    "decides %s exactly as the provider on the server does",
    (_title, input) => {
      const client = validateGiftRecipient(input)
      const server = parseGiftShippingData(input)

      expect(client.success).toBe(server.success)
      if (client.success && server.success) {
        const { kind, ...serverData } = server.data
        expect(kind).toBe("giftyzet_gift")
        expect(client.data).toEqual(serverData)
      } else if (!client.success && !server.success) {
        expect(client.message).toBe(server.message)
      }
    }
  )

  it("reports every invalid field for a form, the first one as the message", () => {
    const result = validateGiftRecipient({
      recipient_name: "",
      recipient_email: "nope",
      recipient_phone: "call me",
    })

    expect(result).toEqual({
      success: false,
      message: "recipient_name is required",
      errors: {
        recipient_name: "recipient_name is required",
        recipient_email: "recipient_email must be a valid email address",
        recipient_phone: "recipient_phone must be a phone number",
      },
      issues: [
        { field: "recipient_name", code: "required", message: "recipient_name is required" },
        {
          field: "recipient_email",
          code: "invalid_email",
          message: "recipient_email must be a valid email address",
        },
        {
          field: "recipient_phone",
          code: "invalid_phone",
          message: "recipient_phone must be a phone number",
        },
      ],
    })
  })

  it("gives each problem a code to translate it by, with the limit of a too long field", () => {
    const result = validateGiftRecipient({
      recipient_name: 42,
      recipient_email: "rosa@example.com",
      gift_message: "x".repeat(GIFT_MESSAGE_MAX_LENGTH + 1),
    })

    expect(result.success ? [] : result.issues.map(({ field, code, max }) => ({ field, code, max }))).toEqual(
      [
        { field: "recipient_name", code: "not_text", max: undefined },
        { field: "gift_message", code: "too_long", max: GIFT_MESSAGE_MAX_LENGTH },
      ]
    )
  })

  it("treats null optional fields as absent and normalises the rest", () => {
    expect(
      validateGiftRecipient({
        recipient_name: " Rosa ",
        recipient_email: "ROSA@example.com",
        recipient_phone: null,
        gift_message: null,
      })
    ).toEqual({ success: true, data: { recipient_name: "Rosa", recipient_email: "rosa@example.com" } })
  })

  it("shares zod's email pattern, so browser and server agree on every address", () => {
    const addresses = [
      "a@b.co",
      "first.last+tag@sub.example.org",
      "o'brien@example.ie",
      "a_b-c@ex-ample.com",
      "plain",
      "a@b",
      "a@b.c",
      "a..b@example.com",
      ".a@example.com",
      "a.@example.com",
      "a@-example.com",
      "a b@example.com",
      "ünï@example.com",
    ]
    for (const address of addresses) {
      expect([address, GIFT_RECIPIENT_EMAIL_PATTERN.test(address)]).toEqual([
        address,
        z.regexes.email.test(address),
      ])
    }
  })
})

describe("isGiftShippingOption", () => {
  it("recognises the gift option by its data or by its provider, whatever id the store registered", () => {
    expect(isGiftShippingOption({ provider_id: "giftyzet_giftyzet" })).toBe(true)
    expect(isGiftShippingOption({ provider_id: "giftyzet_gifts-eu" })).toBe(true)
    expect(isGiftShippingOption({ provider_id: "custom_x", data: { id: "giftyzet-send-as-gift" } })).toBe(
      true
    )
    expect(isGiftShippingOption({ provider_id: "manual_manual", data: { id: "manual-fulfillment" } })).toBe(
      false
    )
    expect(isGiftShippingOption({ provider_id: "ugiftme_ugiftme" })).toBe(false)
    expect(isGiftShippingOption(null)).toBe(false)
  })
})

describe("findGiftRecipient", () => {
  it("reads the recipient from the order's gift shipping method", () => {
    const order = {
      shipping_methods: [
        { data: {} },
        null,
        {
          data: {
            kind: "giftyzet_gift",
            recipient_name: "Rosa Recipient",
            recipient_email: "rosa@example.com",
            recipient_phone: "+44 20 7946 0958",
            gift_message: "Happy birthday!",
          },
        },
      ],
    }

    expect(findGiftRecipient(order)).toEqual({
      recipient_name: "Rosa Recipient",
      recipient_email: "rosa@example.com",
      recipient_phone: "+44 20 7946 0958",
      gift_message: "Happy birthday!",
    })
  })

  it("reads an order stored before the rename, with receiver_* names", () => {
    const order = {
      shipping_methods: [
        {
          data: {
            kind: "giftyzet_gift",
            receiver_name: "Rosa Recipient",
            receiver_email: "rosa@example.com",
            receiver_phone: "+44 20 7946 0958",
          },
        },
      ],
    }

    expect(findGiftRecipient(order)).toEqual({
      recipient_name: "Rosa Recipient",
      recipient_email: "rosa@example.com",
      recipient_phone: "+44 20 7946 0958",
    })
  })

  it("is null for an order that is not a gift, or data the provider did not write", () => {
    expect(findGiftRecipient({ shipping_methods: [{ data: { id: "manual" } }] })).toBeNull()
    expect(
      findGiftRecipient({
        shipping_methods: [{ data: { recipient_name: "Rosa", recipient_email: "r@e.com" } }],
      })
    ).toBeNull()
    expect(findGiftRecipient({})).toBeNull()
    expect(findGiftRecipient(null)).toBeNull()
  })
})
