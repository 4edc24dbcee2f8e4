import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findGiftOrder, findRequestedRecipient } from "../../../../../lib/gifting/gift-order-lookup"
import { toAdminGiftOrder, type AdminGiftOrder } from "../../../../gifting-serializers"

export type AdminGiftOrderResponse = { gift_order: AdminGiftOrder }

/**
 * `GET /admin/gifting/orders/:order_id`: the gift of an order for staff:
 * Giftyzet ids and status, recipient link, recipient details once confirmed,
 * the recipient the shopper named, and the sync state. 404 when the order was
 * not sent as a gift.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminGiftOrderResponse>) {
  const orderId = req.params.order_id
  const [gift, requested] = await Promise.all([
    findGiftOrder(req.scope, orderId),
    findRequestedRecipient(req.scope, orderId),
  ])
  if (!gift && !requested) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not sent as a gift`)
  }
  res.json({ gift_order: toAdminGiftOrder(gift, orderId, requested) })
}
