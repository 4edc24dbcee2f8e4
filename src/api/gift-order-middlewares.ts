import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Routes of the Giftyzet gift flow. */
export const giftOrderRouteMiddlewares: MiddlewareRoute[] = []
