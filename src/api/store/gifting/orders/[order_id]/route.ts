import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findGiftOrder } from "../../../../../lib/gifting/gift-order-lookup"
import { toStoreGiftOrder } from "../../../../gifting-serializers"
import type { StoreGiftOrderResponse } from "../../../../../shared/store-gift-order"

/**
 * `GET /store/gifting/orders/:order_id`: the share state of an order's gift for
 * the confirmation page: status, order number, confirmation time, and the
 * recipient link while the gift is still `pending`. Never contact data or an
 * address. Reads the store's own table only;
 * the partner is never called on this path. 404 when the order has no gift.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreGiftOrderResponse>): Promise<void> {
  const gift = await findGiftOrder(req.scope, req.params.order_id)
  if (!gift) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This order has no gift")
  }
  res.set("Cache-Control", "no-store")
  res.json({ gift_order: toStoreGiftOrder(gift) })
}
