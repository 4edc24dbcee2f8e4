import { defineMiddlewares } from "@medusajs/framework/http"
import { giftingErrorHandler } from "./gifting-error-handler"
import { giftOrderRouteMiddlewares } from "./gift-order-middlewares"
import { voucherRouteMiddlewares } from "./voucher-middlewares"

/**
 * Every route of the plugin with its validators (zod, from
 * `@medusajs/framework/zod`) and body-parser settings, one file per area,
 * and the error handler that answers failed partner calls.
 */
export default defineMiddlewares({
  errorHandler: giftingErrorHandler(),
  routes: [...giftOrderRouteMiddlewares, ...voucherRouteMiddlewares],
})
