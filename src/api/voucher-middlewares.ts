import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Routes of the UGiftMe voucher flow (admin vouchers, wallet, catalog, webhook receiver). */
export const voucherRouteMiddlewares: MiddlewareRoute[] = []
