import { z } from "@medusajs/framework/zod"
import {
  GIFT_MESSAGE_MAX_LENGTH,
  GIFT_RECIPIENT_EMAIL_PATTERN,
  GIFT_RECIPIENT_NAME_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_PATTERN,
  GIFT_SHIPPING_DATA_KIND,
  giftRecipientMessages as messages,
  resolveGiftRecipientAliases,
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
  recipient_name: text("recipient_name", GIFT_RECIPIENT_NAME_MAX_LENGTH).min(1, {
    message: messages.required("recipient_name"),
  }),
  recipient_email: z
    .string({ message: messages.required("recipient_email") })
    .trim()
    .toLowerCase()
    .pipe(z.email({ pattern: GIFT_RECIPIENT_EMAIL_PATTERN, message: messages.invalidEmail() })),
  recipient_phone: text("recipient_phone", GIFT_RECIPIENT_PHONE_MAX_LENGTH)
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
 * Validates and normalises the storefront's data. The older `receiver_*`
 * names are accepted for the `recipient_*` ones (refused when both are sent
 * and differ); the result holds only `recipient_*`. Empty optional fields are
 * dropped; the first problem is reported with the field's name.
 */
export function parseGiftShippingData(input: Record<string, unknown> | undefined): GiftShippingDataResult {
  const aliased = resolveGiftRecipientAliases(input ?? {})
  if (!aliased.success) return aliased
  const source = aliased.data
  const result = giftShippingDataSchema.safeParse({
    recipient_name: source.recipient_name ?? undefined,
    recipient_email: source.recipient_email ?? undefined,
    recipient_phone: blankToUndefined(source.recipient_phone),
    gift_message: blankToUndefined(source.gift_message),
  })
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = String(issue.path[0] ?? "data")
    const missing = source[field] === undefined || source[field] === null
    return { success: false, message: missing ? `${field} is required` : issue.message }
  }
  const data: GiftShippingData = { kind: GIFT_SHIPPING_DATA_KIND, ...result.data }
  for (const key of ["recipient_phone", "gift_message"] as const) {
    if (data[key] === undefined) delete data[key]
  }
  return { success: true, data }
}

/**
 * The gift data stored on a shipping method by this provider, with the
 * `recipient_*` names (data stored before the rename holds `receiver_*`), or
 * `null` when the data is not the provider's.
 */
export function readGiftShippingData(data: unknown): GiftShippingData | null {
  if (typeof data !== "object" || data === null) return null
  const stored = data as Record<string, unknown>
  if (stored.kind !== GIFT_SHIPPING_DATA_KIND) return null
  const aliased = resolveGiftRecipientAliases(stored)
  if (!aliased.success) return null
  const { recipient_name, recipient_email, recipient_phone, gift_message } = aliased.data
  if (typeof recipient_email !== "string") return null
  return {
    kind: GIFT_SHIPPING_DATA_KIND,
    recipient_name: typeof recipient_name === "string" ? recipient_name : "",
    recipient_email,
    ...(typeof recipient_phone === "string" ? { recipient_phone } : {}),
    ...(typeof gift_message === "string" ? { gift_message } : {}),
  }
}
