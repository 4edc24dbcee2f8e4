/**
 * Giftyzet sandbox: a local imitation of the Giftyzet plugin API for
 * storefront development and tests. See `server.ts` for the options and
 * `routes/control.ts` for the `/__sandbox/giftyzet` control endpoints.
 */
export { startGiftyzetSandbox } from "./server"
export type { GiftyzetSandbox, GiftyzetSandboxOptions } from "./server"
export type { GiftyzetGeneration, OrderStatus as GiftyzetSandboxOrderStatus } from "./types"
export type { FaultKind, FaultSpec } from "./faults"
export type { CreateCallCounters } from "./types"
export { CONTROL_PREFIX as GIFTYZET_CONTROL_PREFIX } from "./routes/control"
