import { GIFT_RECIPIENT_EMAIL_PATTERN } from "../shared/gift-shipping-rules"
import { shippingProviderKind } from "../shared/shipping-provider-kind"
import {
  VOUCHER_FULFILLMENT_OPTION_ID,
  VOUCHER_GIFT_MESSAGE_MAX_LENGTH,
  VOUCHER_RECIPIENT_FIELDS,
  VOUCHER_RECIPIENT_NAME_MAX_LENGTH,
  VOUCHER_SHIPPING_DATA_KIND,
  type VoucherRecipientField,
} from "../shared/voucher-shipping-rules"
import type { OrderWithShippingMethods, ShippingOptionLike } from "./gift-recipient"
import {
  collectIssues,
  failedValidation,
  type FieldCheck,
  type RecipientValidation,
} from "./recipient-issues"

/** Who receives the vouchers of an order ("Digital voucher by email"), as the storefront sends it. */
export type VoucherRecipientInput = {
  recipient_email: string
  recipient_name?: string | null
  gift_message?: string | null
}

/** Voucher recipient data after validation: trimmed, email lower-cased, blank optional fields dropped. */
export type VoucherRecipientData = {
  recipient_email: string
  recipient_name?: string
  gift_message?: string
}

export type VoucherRecipientValidation = RecipientValidation<VoucherRecipientField, VoucherRecipientData>

const isBlank = (raw: unknown) =>
  raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")

function checkOptionalText(field: VoucherRecipientField, raw: unknown, max: number): FieldCheck {
  if (isBlank(raw)) return {}
  if (typeof raw !== "string") return { issue: { code: "not_text", message: `${field} must be a string` } }
  const value = raw.trim()
  if (value.length > max) {
    return { issue: { code: "too_long", max, message: `${field} must be at most ${max} characters` } }
  }
  return { value }
}

function checkEmail(raw: unknown): FieldCheck {
  if (isBlank(raw)) return { issue: { code: "required", message: "recipient_email is required" } }
  if (typeof raw !== "string") {
    return { issue: { code: "not_text", message: "recipient_email must be a string" } }
  }
  const value = raw.trim().toLowerCase()
  return GIFT_RECIPIENT_EMAIL_PATTERN.test(value)
    ? { value }
    : { issue: { code: "invalid_email", message: "recipient_email must be a valid email address" } }
}

/**
 * Checks who receives the vouchers with the UGiftMe provider's own rules (and
 * messages): the email is required, name and message optional. Returns the
 * normalised data, or every invalid field with a code to translate it by.
 *
 * @example
 * const result = validateVoucherRecipient({ recipient_email: "sam@example.com", recipient_name: "Sam" })
 */
export function validateVoucherRecipient(
  input: Partial<Record<VoucherRecipientField, unknown>> | null | undefined
): VoucherRecipientValidation {
  const source = input ?? {}
  const checks: Record<VoucherRecipientField, FieldCheck> = {
    recipient_email: checkEmail(source.recipient_email),
    recipient_name: checkOptionalText(
      "recipient_name",
      source.recipient_name,
      VOUCHER_RECIPIENT_NAME_MAX_LENGTH
    ),
    gift_message: checkOptionalText("gift_message", source.gift_message, VOUCHER_GIFT_MESSAGE_MAX_LENGTH),
  }
  const issues = collectIssues(VOUCHER_RECIPIENT_FIELDS, checks)
  if (issues.length > 0) return failedValidation(issues)
  const data: VoucherRecipientData = { recipient_email: checks.recipient_email.value as string }
  if (checks.recipient_name.value) data.recipient_name = checks.recipient_name.value
  if (checks.gift_message.value) data.gift_message = checks.gift_message.value
  return { success: true, data }
}

/**
 * True for the "Digital voucher by email" shipping option: show the voucher
 * recipient fields when the shopper picks it.
 */
export function isVoucherShippingOption(option: ShippingOptionLike | null | undefined): boolean {
  if (!option) return false
  return (
    option.data?.id === VOUCHER_FULFILLMENT_OPTION_ID ||
    shippingProviderKind(option.provider_id) === "voucher"
  )
}

/** The voucher recipient stored on a cart's or order's voucher shipping method, or `null`. */
export function findVoucherRecipient(
  order: OrderWithShippingMethods | null | undefined
): VoucherRecipientData | null {
  for (const method of order?.shipping_methods ?? []) {
    const data = method?.data
    if (data?.kind === VOUCHER_SHIPPING_DATA_KIND && typeof data.recipient_email === "string") {
      const recipient: VoucherRecipientData = { recipient_email: data.recipient_email }
      if (typeof data.recipient_name === "string" && data.recipient_name.trim()) {
        recipient.recipient_name = data.recipient_name
      }
      if (typeof data.gift_message === "string" && data.gift_message.trim()) {
        recipient.gift_message = data.gift_message
      }
      return recipient
    }
  }
  return null
}
