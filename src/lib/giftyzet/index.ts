/**
 * Typed client of Giftyzet's plugin API. Payload building (Medusa order →
 * {@link GiftyzetCreateOrderInput}) lives elsewhere; this module only talks
 * to Giftyzet.
 */
export { GiftyzetClient } from "./client"
export type {
  GiftyzetClientLogger,
  GiftyzetClientOptions,
  GiftyzetCreatedOrder,
  GiftyzetNotSupported,
  GiftyzetOrderPage,
  GiftyzetStatusUpdateResult,
  GiftyzetValidateResult,
} from "./client"
export * from "./errors"
export * from "./normalize"
export {
  GIFTYZET_ORDER_STATUSES,
  giftyzetCreateOrderInputSchema,
  giftyzetCreateOrderItemSchema,
  giftyzetOrderResponseSchema,
  giftyzetOrderStatusSchema,
} from "./schemas"
export type { GiftyzetCreateOrderInput, GiftyzetOrderResponse, GiftyzetOrderStatus } from "./schemas"
