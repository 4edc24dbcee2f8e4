import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../../../../../lib/gifting/voucher-order-records"
import { adminVoucherOrder, type AdminVoucherOrder } from "../../../voucher-views"

export type AdminOrderVouchersResponse = {
  order_id: string
  vouchers: AdminVoucherOrder[]
  /** Units per status. */
  summary: Record<string, number>
}

/**
 * `GET /admin/gifting/orders/:order_id/vouchers`: one entry per voucher unit
 * of the order — status, the reason of a failure, UGiftMe ids, fulfillment —
 * never a voucher code (the plugin does not keep one).
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOrderVouchersResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const rows = (await gifting.listVoucherOrders(
    { order_id: req.params.order_id },
    { order: { line_item_id: "ASC", unit_index: "ASC" } }
  )) as VoucherOrderRecord[]
  const summary: Record<string, number> = {}
  for (const row of rows) summary[row.status] = (summary[row.status] ?? 0) + 1
  res.json({ order_id: req.params.order_id, vouchers: rows.map(adminVoucherOrder), summary })
}
