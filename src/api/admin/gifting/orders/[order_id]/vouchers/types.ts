import type { AdminVoucherOrder } from "../../../voucher-views"

/** `GET /admin/gifting/orders/:order_id/vouchers`. */
export type AdminOrderVouchersResponse = {
  order_id: string
  vouchers: AdminVoucherOrder[]
  /** Units per status. */
  summary: Record<string, number>
}

/** `POST /admin/gifting/orders/:order_id/vouchers/fulfill` and `…/release`: the run's outcome and each unit. */
export type AdminVoucherPurchaseResponse = {
  order_id: string
  is_voucher_order: boolean
  reason: string | null
  awaiting_capture: boolean
  fulfillment_id: string | null
  vouchers: AdminVoucherOrder[]
}

/** Where one voucher unit stands. */
export type VoucherStatus = AdminVoucherOrder["status"]
