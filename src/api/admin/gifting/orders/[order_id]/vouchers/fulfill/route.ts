import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyOrderVouchersWorkflow } from "../../../../../../../workflows/vouchers/buy-order-vouchers"
import { adminVoucherPurchase } from "../../../../voucher-views"
import type { AdminVoucherPurchaseResponse } from "../types"

/**
 * `POST /admin/gifting/orders/:order_id/vouchers/fulfill`: buys the order's
 * vouchers still owed and fulfils the accepted ones — what auto-fulfilment
 * does once the payment is captured, without waiting for the capture (staff
 * decide). Units held over a limit stay held (see `…/vouchers/release`).
 * Safe to call again: nothing is bought twice.
 * 200 with each unit's status; a refusal (e.g. wallet too low) shows as a
 * failed unit with its reason.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminVoucherPurchaseResponse>
): Promise<void> {
  const { result } = await buyOrderVouchersWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, by_staff: true },
  })
  res.json(adminVoucherPurchase(result))
}
