import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListGiftOrdersQuery } from "./admin/gifting/gift-orders/validators"

/** Routes of the Giftyzet gift flow. */
export const giftOrderRouteMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/gifting/gift-orders",
    middlewares: [validateAndTransformQuery(AdminListGiftOrdersQuery, { isList: true })],
  },
]
