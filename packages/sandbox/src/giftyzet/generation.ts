import type { GiftyzetGeneration, SandboxConfig } from "./types"

/**
 * The deployments the sandbox imitates:
 * - `documented`: the published reference (flat `{ order, order_items }` GET
 *   with the link, `X-API-Key` only, no `PATCH` or `validate`);
 * - `newer`: Giftyzet's current public code. The nested GET, `PATCH`,
 *   `validate` and Bearer auth came in the same change that made create
 *   answer `410`: orders come from Giftyzet's hosted checkout;
 * - `newer-with-create`: the newer API with create still open. A hybrid no
 *   deployment is known to run; it lets tests drive the newer shapes on
 *   orders the plugin created.
 */
export const GIFTYZET_GENERATIONS = ["documented", "newer", "newer-with-create"] as const

export function isGiftyzetGeneration(value: unknown): value is GiftyzetGeneration {
  return (GIFTYZET_GENERATIONS as readonly unknown[]).includes(value)
}

/** Nested GET shape, `PATCH`, `validate`, Bearer auth. */
export function hasNewerApi(config: SandboxConfig): boolean {
  return config.generation !== "documented"
}

/** `POST /api/plugin/v1/orders` answers 410: by generation, or forced with the `gone` switch. */
export function refusesPluginOrders(config: SandboxConfig): boolean {
  return config.gone || config.generation === "newer"
}
