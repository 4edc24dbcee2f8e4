import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseHeldVouchersWorkflow } from "../../../../../../../workflows/vouchers/release-held-vouchers"
import { adminVoucherPurchase } from "../../../../voucher-views"
import type { AdminVoucherPurchaseResponse } from "../types"

/**
 * `POST /admin/gifting/orders/:order_id/vouchers/release`: staff release an
 * order held over a voucher limit — its held units are bought (each once)
 * and fulfilled. Safe to call again. 400 for a canceled order.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminVoucherPurchaseResponse>
): Promise<void> {
  const { result } = await releaseHeldVouchersWorkflow(req.scope).run({
    input: { order_id: req.params.order_id },
  })
  res.json(adminVoucherPurchase(result))
}
