import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListGiftOrdersQuery } from "./validators"

export const adminGiftOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/gifting/gift-orders",
    middlewares: [validateAndTransformQuery(AdminListGiftOrdersQuery, { isList: true })],
  },
]
