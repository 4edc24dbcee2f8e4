import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminListGiftOrdersQuery } from "./admin/gifting/gift-orders/validators"
import { AdminGiftClaimAction } from "./admin/gifting/orders/[order_id]/claim/validators"

/** Routes of the Giftyzet gift flow. */
export const giftOrderRouteMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/gifting/gift-orders",
    middlewares: [validateAndTransformQuery(AdminListGiftOrdersQuery, { isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/gifting/orders/:order_id/claim",
    middlewares: [validateAndTransformBody(AdminGiftClaimAction)],
  },
]
