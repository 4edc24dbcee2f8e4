import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryVoucherOrderWorkflow } from "../../../../../../workflows/vouchers/retry-voucher-order"
import { adminVoucherOrder } from "../../../voucher-views"
import type { AdminRetryVoucherResponse } from "./types"

/**
 * `POST /admin/gifting/vouchers/:id/retry`: retries a failed voucher (e.g.
 * after funding the wallet) or a parked one (after checking UGiftMe's
 * dashboard) with the next key generation, and fulfils it once bought. 400 for a voucher
 * UGiftMe already accepted: it is never bought twice.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminRetryVoucherResponse>
): Promise<void> {
  const { result } = await retryVoucherOrderWorkflow(req.scope).run({
    input: { voucher_order_id: req.params.id },
  })
  const voucher = result.vouchers.find((row) => row.id === req.params.id)
  res.json({
    voucher: voucher ? adminVoucherOrder(voucher) : null,
    fulfillment_id: result.fulfillment_id,
    vouchers: result.vouchers.map(adminVoucherOrder),
  })
}
