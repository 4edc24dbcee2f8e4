import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGiftClaimAction } from "./validators"

export const adminGiftClaimMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/gifting/orders/:order_id/claim",
    middlewares: [validateAndTransformBody(AdminGiftClaimAction)],
  },
]
