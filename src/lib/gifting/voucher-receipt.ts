import type { BigNumberInput } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { toWholeNumber } from "./money"

/**
 * The receipt the plugin's `buyOrderVouchersWorkflow` hands to the provider
 * (under this key of `additional_data`) when it asks Medusa to create the
 * fulfillment of vouchers it has already bought: one entry per unit, never a
 * voucher code.
 */
export const VOUCHER_RECEIPT_KEY = "ugiftme_vouchers"

/** Statuses of a unit that UGiftMe accepted: only those may be fulfilled. */
export const ACCEPTED_VOUCHER_STATUSES = ["queued", "processing", "succeeded"] as const

export const voucherReceiptEntrySchema = z.object({
  voucher_order_id: z.string().min(1),
  line_item_id: z.string().min(1),
  unit_index: z.number().int().min(0),
  status: z.enum([...ACCEPTED_VOUCHER_STATUSES, "failed"]),
  ugiftme_order_id: z.string().nullable(),
  order_request_id: z.string().nullable(),
})

export type VoucherReceiptEntry = z.infer<typeof voucherReceiptEntrySchema>

const receiptSchema = z.array(voucherReceiptEntrySchema).min(1)

/** The receipt in `additional_data`, or undefined when there is none or it is malformed. */
export function readVoucherReceipt(
  additionalData: Record<string, unknown> | undefined
): VoucherReceiptEntry[] | undefined {
  const parsed = receiptSchema.safeParse(additionalData?.[VOUCHER_RECEIPT_KEY])
  return parsed.success ? parsed.data : undefined
}

/** The vouchers recorded on a fulfillment's `data` (see the provider's `createFulfillment`). */
export function readFulfillmentVouchers(data: Record<string, unknown> | undefined): VoucherReceiptEntry[] {
  const parsed = z.array(voucherReceiptEntrySchema).safeParse(data?.vouchers)
  return parsed.success ? parsed.data : []
}

/**
 * Checks that the receipt holds exactly one accepted voucher per unit of
 * every item to fulfil, and nothing else. Returns the first mismatch.
 */
export function checkReceiptCoversItems(
  receipt: VoucherReceiptEntry[],
  items: { line_item_id?: string | null; quantity?: BigNumberInput | null }[]
): { ok: true } | { ok: false; message: string } {
  const accepted = new Map<string, number>()
  for (const entry of receipt) {
    if (!(ACCEPTED_VOUCHER_STATUSES as readonly string[]).includes(entry.status)) {
      return {
        ok: false,
        message: `voucher ${entry.voucher_order_id} was not accepted by UGiftMe (${entry.status})`,
      }
    }
    accepted.set(entry.line_item_id, (accepted.get(entry.line_item_id) ?? 0) + 1)
  }
  const wanted = new Map<string, number>()
  for (const item of items) {
    if (!item.line_item_id) return { ok: false, message: "a fulfillment item has no line item" }
    wanted.set(item.line_item_id, (wanted.get(item.line_item_id) ?? 0) + toWholeNumber(item.quantity))
  }
  for (const [lineItemId, quantity] of wanted) {
    const bought = accepted.get(lineItemId) ?? 0
    if (bought !== quantity) {
      return {
        ok: false,
        message: `line item ${lineItemId}: ${quantity} unit(s) to fulfil but ${bought} voucher(s) bought`,
      }
    }
  }
  for (const lineItemId of accepted.keys()) {
    if (!wanted.has(lineItemId)) {
      return {
        ok: false,
        message: `the receipt lists vouchers of line item ${lineItemId}, which is not fulfilled here`,
      }
    }
  }
  return { ok: true }
}
