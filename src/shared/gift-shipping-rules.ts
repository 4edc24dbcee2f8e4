/**
 * The rules of the "Send as a gift" shipping data, defined once for the two
 * places that check them: the Giftyzet fulfillment provider on the server
 * (`src/lib/gifting/gift-shipping-data.ts`) and the storefront helpers in
 * the shopper's browser (`src/storefront`). This file imports nothing, so a
 * storefront bundle that uses it pulls in no server code.
 */

/** The fulfillment option the Giftyzet provider offers (`shipping_option.data.id`). */
export const GIFT_FULFILLMENT_OPTION_ID = "giftyzet-send-as-gift"

/** Marks shipping-method data written by the provider (after validation). */
export const GIFT_SHIPPING_DATA_KIND = "giftyzet_gift"

export const GIFT_RECIPIENT_NAME_MAX_LENGTH = 200
export const GIFT_RECIPIENT_PHONE_MAX_LENGTH = 40
/** Longest gift message the storefront may send with the shipping method. */
export const GIFT_MESSAGE_MAX_LENGTH = 500

/** An email address as the provider accepts it (the pattern of zod's `z.email()`). */
export const GIFT_RECIPIENT_EMAIL_PATTERN =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

/** A phone number: digits with an optional leading `+` and common separators. */
export const GIFT_RECIPIENT_PHONE_PATTERN = /^\+?[0-9 ()./-]{5,}$/

/** The fields the storefront sends as `data` when it adds the gift shipping method. */
export const GIFT_RECIPIENT_FIELDS = [
  "recipient_name",
  "recipient_email",
  "recipient_phone",
  "gift_message",
] as const

export type GiftRecipientField = (typeof GIFT_RECIPIENT_FIELDS)[number]

/** The messages of each rule, worded the same wherever the rule is checked. */
export const giftRecipientMessages = {
  required: (field: GiftRecipientField) => `${field} is required`,
  notText: (field: GiftRecipientField) => `${field} must be a string`,
  tooLong: (field: GiftRecipientField, max: number) => `${field} must be at most ${max} characters`,
  invalidEmail: () => "recipient_email must be a valid email address",
  invalidPhone: () => "recipient_phone must be a phone number",
  aliasConflict: (field: string, alias: string) =>
    `${field} and ${alias} (its older name) disagree; send ${field} only`,
} as const

/**
 * The older spelling of each recipient field. Still accepted on input (a
 * storefront written before the rename) and read from shipping data stored
 * before it; the provider stores only the `recipient_*` names.
 */
export const GIFT_RECIPIENT_FIELD_ALIASES = {
  recipient_name: "receiver_name",
  recipient_email: "receiver_email",
  recipient_phone: "receiver_phone",
} as const satisfies Partial<Record<GiftRecipientField, string>>

export type GiftRecipientAliasResult =
  { success: true; data: Record<string, unknown> } | { success: false; message: string }

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "")
}

function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : a === b
}

/**
 * `data` with each `receiver_*` field moved to its `recipient_*` name. A
 * field sent under both names is refused when the two values differ (after
 * trimming): which one the shopper meant is not ours to guess.
 */
export function resolveGiftRecipientAliases(data: Record<string, unknown>): GiftRecipientAliasResult {
  const resolved: Record<string, unknown> = { ...data }
  for (const [field, alias] of Object.entries(GIFT_RECIPIENT_FIELD_ALIASES)) {
    if (!(alias in resolved)) continue
    const aliasValue = resolved[alias]
    delete resolved[alias]
    if (!isPresent(aliasValue)) continue
    if (!isPresent(resolved[field])) {
      resolved[field] = aliasValue
    } else if (!sameValue(resolved[field], aliasValue)) {
      return { success: false, message: giftRecipientMessages.aliasConflict(field, alias) }
    }
  }
  return { success: true, data: resolved }
}

/**
 * Every shipping option of the Giftyzet provider has a `provider_id` starting
 * with this (`giftyzet_<id the store registered it under>`, e.g. `giftyzet_giftyzet`).
 */
export const GIFT_PROVIDER_ID_PREFIX = "giftyzet_"
