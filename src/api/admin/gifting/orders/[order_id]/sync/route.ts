import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refreshGiftOrderStatusWorkflow } from "../../../../../../workflows/gift-orders/refresh-gift-order-status"
import { syncGiftOrderWorkflow } from "../../../../../../workflows/gift-orders/sync-gift-order"
import { findGiftOrder, findRequestedRecipient } from "../../../../../../lib/gifting/gift-order-lookup"
import { toAdminGiftOrder } from "../../../../../gifting-serializers"
import type { AdminGiftOrderResponse } from "../route"

/**
 * `POST /admin/gifting/orders/:order_id/sync`: staff's "Retry sync" and
 * "Refresh status" in one: creates the Giftyzet order when it is not there yet
 * (safe to repeat: the sync workflow adopts an existing one), otherwise reads
 * its current status now.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGiftOrderResponse>) {
  const orderId = req.params.order_id
  const requested = await findRequestedRecipient(req.scope, orderId)
  const existing = await findGiftOrder(req.scope, orderId)
  if (!requested && !existing) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not sent as a gift`)
  }
  if (!existing || existing.sync_state !== "synced") {
    await syncGiftOrderWorkflow(req.scope).run({ input: { order_id: orderId } })
  } else {
    await refreshGiftOrderStatusWorkflow(req.scope).run({ input: { gift_order_id: existing.id } })
  }
  const gift = await findGiftOrder(req.scope, orderId)
  res.json({ gift_order: toAdminGiftOrder(gift, orderId, requested) })
}
