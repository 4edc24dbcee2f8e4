import { z } from "@medusajs/framework/zod"
import {
  VOUCHER_GIFT_MESSAGE_MAX_LENGTH,
  VOUCHER_RECIPIENT_NAME_MAX_LENGTH,
  VOUCHER_SHIPPING_DATA_KIND,
} from "../../shared/voucher-shipping-rules"
import { blankToUndefined, type ShippingDataResult } from "./shipping-data-result"

// The rules live in a module the storefront helpers share; re-exported for the server side.
export { VOUCHER_GIFT_MESSAGE_MAX_LENGTH, VOUCHER_RECIPIENT_NAME_MAX_LENGTH, VOUCHER_SHIPPING_DATA_KIND }

const text = (field: string, max: number) =>
  z
    .string({ message: `${field} must be a string` })
    .trim()
    .max(max, { message: `${field} must be at most ${max} characters` })

/**
 * What the storefront posts as `data` with the "Digital voucher by email"
 * shipping method: who receives the vouchers. UGiftMe emails each voucher to
 * `recipient_email`, with the optional name and message.
 */
export const voucherShippingDataSchema = z.object({
  recipient_email: z
    .string({ message: "recipient_email must be a string" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "recipient_email must be a valid email address" })),
  recipient_name: text("recipient_name", VOUCHER_RECIPIENT_NAME_MAX_LENGTH).optional(),
  gift_message: text("gift_message", VOUCHER_GIFT_MESSAGE_MAX_LENGTH).optional(),
})

/** The normalised data Medusa stores on the shipping method. */
export type VoucherShippingData = z.infer<typeof voucherShippingDataSchema> & {
  kind: typeof VOUCHER_SHIPPING_DATA_KIND
}

export type VoucherShippingDataResult = ShippingDataResult<VoucherShippingData>

/**
 * Validates and normalises the storefront's data: the email is required,
 * blank optional fields are dropped, and the first problem is reported with
 * the field's name.
 */
export function parseVoucherShippingData(
  input: Record<string, unknown> | undefined
): VoucherShippingDataResult {
  const source = input ?? {}
  const result = voucherShippingDataSchema.safeParse({
    recipient_email: blankToUndefined(source.recipient_email),
    recipient_name: blankToUndefined(source.recipient_name),
    gift_message: blankToUndefined(source.gift_message),
  })
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = String(issue.path[0] ?? "data")
    const given = blankToUndefined(source[field])
    return {
      success: false,
      message: given === undefined || given === null ? `${field} is required` : issue.message,
    }
  }
  const data: VoucherShippingData = { kind: VOUCHER_SHIPPING_DATA_KIND, ...result.data }
  for (const key of ["recipient_name", "gift_message"] as const) {
    if (data[key] === undefined) delete data[key]
  }
  return { success: true, data }
}

/** True when shipping-method data was written by the UGiftMe provider. */
export function isVoucherShippingData(data: unknown): data is VoucherShippingData {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { kind?: unknown }).kind === VOUCHER_SHIPPING_DATA_KIND &&
    typeof (data as { recipient_email?: unknown }).recipient_email === "string"
  )
}
