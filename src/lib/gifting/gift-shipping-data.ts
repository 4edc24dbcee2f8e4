import { z } from "@medusajs/framework/zod"
import {
  GIFT_MESSAGE_MAX_LENGTH,
  GIFT_RECIPIENT_EMAIL_PATTERN,
  GIFT_RECIPIENT_NAME_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_PATTERN,
  GIFT_SHIPPING_DATA_KIND,
  giftRecipientMessages as messages,
  type GiftRecipientField,
} from "../../shared/gift-shipping-rules"
import { blankToUndefined, type ShippingDataResult } from "./shipping-data-result"

// The rules live in a module the storefront helpers share; re-exported for the server side.
export { GIFT_MESSAGE_MAX_LENGTH, GIFT_SHIPPING_DATA_KIND }

const text = (field: GiftRecipientField, max: number) =>
  z
    .string({ message: messages.notText(field) })
    .trim()
    .max(max, { message: messages.tooLong(field, max) })

/**
 * What the storefront posts as `data` when it adds the "Send as a gift"
 * shipping method: who receives the gift. Their address is collected later by
 * Giftyzet, through the recipient link.
 */
export const giftShippingDataSchema = z.object({
  receiver_name: text("receiver_name", GIFT_RECIPIENT_NAME_MAX_LENGTH).min(1, {
    message: messages.required("receiver_name"),
  }),
  receiver_email: z
    .string({ message: messages.required("receiver_email") })
    .trim()
    .toLowerCase()
    .pipe(z.email({ pattern: GIFT_RECIPIENT_EMAIL_PATTERN, message: messages.invalidEmail() })),
  receiver_phone: text("receiver_phone", GIFT_RECIPIENT_PHONE_MAX_LENGTH)
    .regex(GIFT_RECIPIENT_PHONE_PATTERN, { message: messages.invalidPhone() })
    .optional(),
  gift_message: text("gift_message", GIFT_MESSAGE_MAX_LENGTH).optional(),
})

/** The normalised data Medusa stores on the shipping method. */
export type GiftShippingData = z.infer<typeof giftShippingDataSchema> & {
  kind: typeof GIFT_SHIPPING_DATA_KIND
}

export type GiftShippingDataResult = ShippingDataResult<GiftShippingData>

/**
 * Validates and normalises the storefront's data. Empty optional fields are
 * dropped; the first problem is reported with the field's name.
 */
export function parseGiftShippingData(input: Record<string, unknown> | undefined): GiftShippingDataResult {
  const source = input ?? {}
  const result = giftShippingDataSchema.safeParse({
    receiver_name: source.receiver_name ?? undefined,
    receiver_email: source.receiver_email ?? undefined,
    receiver_phone: blankToUndefined(source.receiver_phone),
    gift_message: blankToUndefined(source.gift_message),
  })
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = String(issue.path[0] ?? "data")
    const missing = source[field] === undefined || source[field] === null
    return { success: false, message: missing ? `${field} is required` : issue.message }
  }
  const data: GiftShippingData = { kind: GIFT_SHIPPING_DATA_KIND, ...result.data }
  for (const key of ["receiver_phone", "gift_message"] as const) {
    if (data[key] === undefined) delete data[key]
  }
  return { success: true, data }
}

/** True when shipping-method data was written by this provider. */
export function isGiftShippingData(data: unknown): data is GiftShippingData {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { kind?: unknown }).kind === GIFT_SHIPPING_DATA_KIND &&
    typeof (data as { receiver_email?: unknown }).receiver_email === "string"
  )
}
