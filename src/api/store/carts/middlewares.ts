import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseVoucherShippingForOtherItems } from "./voucher-shipping-guard"

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/shipping-methods",
    methods: ["POST"],
    middlewares: [refuseVoucherShippingForOtherItems],
  },
]
