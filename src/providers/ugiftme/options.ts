import { UGIFTME_PROVIDER_OPTION_SPECS } from "../../lib/options/gifting-option-specs"
import type { OptionsInput, ResolvedOptions } from "../../lib/options/option-table"
import { resolveProviderOptions } from "../../lib/options/resolve-options"

/**
 * Options of the "Digital voucher by email" fulfillment provider. The provider
 * never calls UGiftMe itself (the plugin's workflow buys the vouchers, see
 * `service.ts`), so it has no partner settings: only how the option is named
 * at checkout (`optionName`, env `UGIFTME_OPTION_NAME`).
 */
export type UgiftmeProviderOptions = OptionsInput<typeof UGIFTME_PROVIDER_OPTION_SPECS>

export type ResolvedUgiftmeProviderOptions = ResolvedOptions<typeof UGIFTME_PROVIDER_OPTION_SPECS>

/** Validates the provider options once, at boot; the message names the option and its env var. */
export function resolveUgiftmeProviderOptions(
  options: UgiftmeProviderOptions | undefined,
  env: NodeJS.ProcessEnv = process.env
): ResolvedUgiftmeProviderOptions {
  return resolveProviderOptions("ugiftme fulfillment provider", UGIFTME_PROVIDER_OPTION_SPECS, options, env)
}
