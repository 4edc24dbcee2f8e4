import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readFulfillmentVouchers, type VoucherReceiptEntry } from "../../../lib/gifting/voucher-receipt"

/**
 * Mirrors a unit's status on the `data.vouchers` of the fulfillment holding
 * it: the provider reads it to refuse cancelling a fulfillment with vouchers
 * UGiftMe issued (or may still issue). Ids and statuses only.
 */
export async function mirrorVoucherOnFulfillment(
  container: MedusaContainer,
  fulfillmentId: string,
  voucher: {
    id: string
    status: VoucherReceiptEntry["status"]
    ugiftme_order_id: string | null
    order_request_id: string | null
  }
): Promise<void> {
  const fulfillments = container.resolve(Modules.FULFILLMENT)
  const fulfillment = await fulfillments.retrieveFulfillment(fulfillmentId, { select: ["id", "data"] })
  const data = (fulfillment.data ?? {}) as Record<string, unknown>
  const vouchers = readFulfillmentVouchers(data).map((entry) =>
    entry.voucher_order_id === voucher.id
      ? {
          ...entry,
          status: voucher.status,
          ugiftme_order_id: voucher.ugiftme_order_id,
          order_request_id: voucher.order_request_id,
        }
      : entry
  )
  await fulfillments.updateFulfillment(fulfillmentId, { data: { ...data, vouchers } })
}

/** The receipt status of a row status (`pending` counts as in flight). */
export function receiptStatusOf(status: string): VoucherReceiptEntry["status"] {
  if (status === "succeeded" || status === "processing" || status === "failed") return status
  return "queued"
}
