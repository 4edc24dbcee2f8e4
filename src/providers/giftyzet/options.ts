import { GIFTYZET_PROVIDER_OPTION_SPECS } from "../../lib/options/gifting-option-specs"
import type { OptionsInput, ResolvedOptions } from "../../lib/options/option-table"
import { resolveProviderOptions } from "../../lib/options/resolve-options"

/**
 * Options of the "Send as a gift" fulfillment provider. A provider lives in the
 * fulfillment module's container and gets only its own options, so it reads
 * the plugin's Giftyzet settings itself (`baseUrl`, `apiKey`, `timeoutMs`,
 * `currency`): the same env vars, defaults and rules, option first.
 */
export type GiftyzetProviderOptions = OptionsInput<typeof GIFTYZET_PROVIDER_OPTION_SPECS>

export type ResolvedGiftyzetProviderOptions = ResolvedOptions<typeof GIFTYZET_PROVIDER_OPTION_SPECS>

/** Validates the provider options once, at boot; the message names the option and its env var. */
export function resolveGiftyzetProviderOptions(
  options: GiftyzetProviderOptions | undefined,
  env: NodeJS.ProcessEnv = process.env
): ResolvedGiftyzetProviderOptions {
  return resolveProviderOptions("giftyzet fulfillment provider", GIFTYZET_PROVIDER_OPTION_SPECS, options, env)
}
