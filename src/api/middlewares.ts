import { defineMiddlewares } from "@medusajs/framework/http"
import { giftingErrorHandler } from "./gifting-error-handler"
import { adminGiftOrdersMiddlewares } from "./admin/gifting/gift-orders/middlewares"
import { adminGiftClaimMiddlewares } from "./admin/gifting/orders/[order_id]/claim/middlewares"
import { adminUgiftmeMiddlewares } from "./admin/gifting/ugiftme/middlewares"
import { adminVoucherProductsMiddlewares } from "./admin/gifting/voucher-products/middlewares"
import { ugiftmeHookMiddlewares } from "./hooks/gifting/ugiftme/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"

/**
 * Every route of the plugin with its validators (zod, from
 * `@medusajs/framework/zod`) and body-parser settings, each area's list
 * beside its routes, and the error handler that answers failed partner calls.
 */
export default defineMiddlewares({
  errorHandler: giftingErrorHandler(),
  routes: [
    ...storeCartsMiddlewares,
    ...ugiftmeHookMiddlewares,
    ...adminGiftOrdersMiddlewares,
    ...adminGiftClaimMiddlewares,
    ...adminVoucherProductsMiddlewares,
    ...adminUgiftmeMiddlewares,
  ],
})
