import type { BigNumberInput } from "@medusajs/framework/types"
import type { UgiftmeCreateOrderInput } from "../ugiftme"
import { toMajorUnits } from "./money"

/** The frozen fields of a voucher_order row a purchase is made of. */
export type VoucherPurchaseSource = {
  product_code: string
  merchant: string
  currency: string
  value: BigNumberInput
  recipient_email: string
  recipient_name?: string | null
  gift_message?: string | null
}

/**
 * The body of `POST /orders` for one unit, built only from the row's frozen
 * fields, always with the same fields in the same order: every retry under
 * the row's idempotency key sends the same bytes, as UGiftMe requires for a
 * replay (another body under the same key is refused with 400).
 */
export function buildVoucherPurchase(source: VoucherPurchaseSource): UgiftmeCreateOrderInput {
  const input: UgiftmeCreateOrderInput = {
    productCode: source.product_code,
    merchant: source.merchant,
    currency: source.currency,
    valuePurchased: toMajorUnits(source.value, source.currency),
    recipientEmail: source.recipient_email,
  }
  if (source.recipient_name) input.recipientName = source.recipient_name
  if (source.gift_message) input.giftMessage = source.gift_message
  return input
}

/** True when two sources would send different bodies. */
export function purchaseChanged(a: VoucherPurchaseSource, b: VoucherPurchaseSource): boolean {
  return JSON.stringify(buildVoucherPurchase(a)) !== JSON.stringify(buildVoucherPurchase(b))
}
