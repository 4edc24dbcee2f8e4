import { defineMiddlewares } from "@medusajs/framework/http"
import { giftOrderRouteMiddlewares } from "./gift-order-middlewares"
import { voucherRouteMiddlewares } from "./voucher-middlewares"

/**
 * Every route of the plugin with its validators (zod, from
 * `@medusajs/framework/zod`) and body-parser settings, one file per area.
 */
export default defineMiddlewares({
  routes: [...giftOrderRouteMiddlewares, ...voucherRouteMiddlewares],
})
