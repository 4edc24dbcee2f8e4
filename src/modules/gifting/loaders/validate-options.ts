import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { resolveGiftingOptions, type GiftingPluginOptions } from "../options"

/**
 * Validates the plugin options once, when the module loads. A malformed option
 * fails the boot with a message naming the option and its env var; a partner
 * without a key is only reported as "not configured".
 */
export default async function validateOptionsLoader({
  container,
  options,
  logger,
}: LoaderOptions<GiftingPluginOptions>): Promise<void> {
  const resolved = resolveGiftingOptions(options)
  container.register("giftingOptions", asValue(resolved))
  for (const partner of ["giftyzet", "ugiftme"] as const) {
    if (!resolved[partner].apiKey) {
      logger?.info(`medusa-plugin-gifting: ${partner} is not configured (no API key)`)
    }
  }
}
