import {
  GIFT_FULFILLMENT_OPTION_ID,
  GIFT_MESSAGE_MAX_LENGTH,
  GIFT_RECIPIENT_EMAIL_PATTERN,
  GIFT_RECIPIENT_FIELDS,
  GIFT_RECIPIENT_NAME_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_PATTERN,
  GIFT_SHIPPING_DATA_KIND,
  giftRecipientMessages as messages,
  resolveGiftRecipientAliases,
  type GiftRecipientField,
} from "../shared/gift-shipping-rules"
import { shippingProviderKind } from "../shared/shipping-provider-kind"
import {
  collectIssues,
  failedValidation,
  type FieldCheck,
  type RecipientValidation,
} from "./recipient-issues"
import type { GiftRecipientData } from "./types"

export type GiftRecipientErrors = Partial<Record<GiftRecipientField, string>>

export type GiftRecipientValidation = RecipientValidation<GiftRecipientField, GiftRecipientData>

function checkText(field: GiftRecipientField, raw: unknown, max: number, optional: boolean): FieldCheck {
  if (raw === undefined || raw === null || (optional && typeof raw === "string" && raw.trim() === "")) {
    return optional ? {} : { issue: { code: "required", message: messages.required(field) } }
  }
  if (typeof raw !== "string") {
    return { issue: { code: "not_text", message: messages.notText(field) } }
  }
  const value = raw.trim()
  if (value.length > max) {
    return { issue: { code: "too_long", max, message: messages.tooLong(field, max) } }
  }
  if (!optional && value.length === 0) {
    return { issue: { code: "required", message: messages.required(field) } }
  }
  return { value }
}

function checkEmail(raw: unknown): FieldCheck {
  if (typeof raw !== "string") {
    return { issue: { code: "required", message: messages.required("recipient_email") } }
  }
  const value = raw.trim().toLowerCase()
  return GIFT_RECIPIENT_EMAIL_PATTERN.test(value)
    ? { value }
    : { issue: { code: "invalid_email", message: messages.invalidEmail() } }
}

function checkPhone(raw: unknown): FieldCheck {
  const checked = checkText("recipient_phone", raw, GIFT_RECIPIENT_PHONE_MAX_LENGTH, true)
  if (checked.value !== undefined && !GIFT_RECIPIENT_PHONE_PATTERN.test(checked.value)) {
    return { issue: { code: "invalid_phone", message: messages.invalidPhone() } }
  }
  return checked
}

/**
 * Checks the recipient fields in the browser with the same rules (and the same
 * messages) as the "Send as a gift" provider on the server, so a form can show
 * problems before the request. Returns the normalised data on success, or
 * every invalid field with a code (`required`, `invalid_email`, `too_long`, …)
 * to translate it by.
 *
 * @example
 * const result = validateGiftRecipient({ recipient_name: "Rosa", recipient_email: "rosa@example.com" })
 * if (!result.success) showErrors(result.errors)
 */
export function validateGiftRecipient(
  input: Partial<Record<GiftRecipientField, unknown>> | null | undefined
): GiftRecipientValidation {
  const source = input ?? {}
  const checks: Record<GiftRecipientField, FieldCheck> = {
    recipient_name: checkText("recipient_name", source.recipient_name, GIFT_RECIPIENT_NAME_MAX_LENGTH, false),
    recipient_email: checkEmail(source.recipient_email),
    recipient_phone: checkPhone(source.recipient_phone),
    gift_message: checkText("gift_message", source.gift_message, GIFT_MESSAGE_MAX_LENGTH, true),
  }
  const issues = collectIssues(GIFT_RECIPIENT_FIELDS, checks)
  if (issues.length > 0) return failedValidation(issues)
  const data: GiftRecipientData = {
    recipient_name: checks.recipient_name.value as string,
    recipient_email: checks.recipient_email.value as string,
  }
  if (checks.recipient_phone.value) data.recipient_phone = checks.recipient_phone.value
  if (checks.gift_message.value) data.gift_message = checks.gift_message.value
  return { success: true, data }
}

/** A shipping option as the Store API lists it (`provider_id` always, `data` when asked for). */
export type ShippingOptionLike = {
  provider_id?: string | null
  data?: Record<string, unknown> | null
}

/**
 * True for the "Send as a gift" shipping option: show the recipient fields
 * when the shopper picks it.
 */
export function isGiftShippingOption(option: ShippingOptionLike | null | undefined): boolean {
  if (!option) return false
  return option.data?.id === GIFT_FULFILLMENT_OPTION_ID || shippingProviderKind(option.provider_id) === "gift"
}

/** An order (or cart) as the Store API returns it, reduced to its shipping methods. */
export type OrderWithShippingMethods = {
  shipping_methods?: ({ data?: Record<string, unknown> | null } | null)[] | null
}

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined
}

/**
 * The recipient stored on an order's "Send as a gift" shipping method, or
 * `null` when the order is not a gift. The confirmation page uses it to
 * address the email and the SMS to the right person. Orders placed before the
 * rename store `receiver_*`; they are read the same.
 */
export function findGiftRecipient(
  order: OrderWithShippingMethods | null | undefined
): GiftRecipientData | null {
  for (const method of order?.shipping_methods ?? []) {
    if (method?.data?.kind !== GIFT_SHIPPING_DATA_KIND) continue
    const aliased = resolveGiftRecipientAliases(method.data)
    const data = aliased.success ? aliased.data : {}
    if (typeof data.recipient_name === "string" && typeof data.recipient_email === "string") {
      const recipient: GiftRecipientData = {
        recipient_name: data.recipient_name,
        recipient_email: data.recipient_email,
      }
      const phone = optionalText(data.recipient_phone)
      const message = optionalText(data.gift_message)
      if (phone) recipient.recipient_phone = phone
      if (message) recipient.gift_message = message
      return recipient
    }
  }
  return null
}
