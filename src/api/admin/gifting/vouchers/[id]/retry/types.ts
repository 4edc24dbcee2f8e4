import type { AdminVoucherOrder } from "../../../voucher-views"

/** `POST /admin/gifting/vouchers/:id/retry`: the unit retried and every unit of its order. */
export type AdminRetryVoucherResponse = {
  voucher: AdminVoucherOrder | null
  fulfillment_id: string | null
  vouchers: AdminVoucherOrder[]
}
