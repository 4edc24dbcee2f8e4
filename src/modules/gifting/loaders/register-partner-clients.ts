import type { LoaderOptions, Logger } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { GiftyzetClient } from "../../../lib/giftyzet"
import { PartnerHealth } from "../../../lib/jobs/partner-health"
import { UgiftmeClient } from "../../../lib/ugiftme"
import type { GiftingPluginOptions, ResolvedGiftingOptions } from "../options"

/**
 * Registers one client per configured partner in the module's container
 * (`giftyzetClient`, `ugiftmeClient`; `null` when the partner has no key), as
 * Medusa's own modules register their dependencies, and the `partnerHealth`
 * the clients feed and the jobs read (see `PartnerHealth`). Runs after
 * `validate-options`, which registered the resolved options.
 */
export default async function registerPartnerClientsLoader({
  container,
  logger,
}: LoaderOptions<GiftingPluginOptions>): Promise<void> {
  const resolved = container.resolve<ResolvedGiftingOptions>("giftingOptions")
  const clientLogger = logger ? { warn: (message: string) => (logger as Logger).warn(message) } : undefined
  const partnerHealth = new PartnerHealth({
    failureLimit: resolved.jobs.partnerFailureLimit,
    cooldownMs: resolved.jobs.partnerCooldownMs,
    logger: clientLogger,
  })

  const giftyzet = resolved.giftyzet.apiKey
    ? new GiftyzetClient({
        baseUrl: resolved.giftyzet.baseUrl,
        apiKey: resolved.giftyzet.apiKey,
        timeoutMs: resolved.giftyzet.timeoutMs,
        logger: clientLogger,
        onAttempt: (healthy) => partnerHealth.record("giftyzet", healthy),
      })
    : null
  const ugiftme = resolved.ugiftme.apiKey
    ? new UgiftmeClient({
        baseUrl: resolved.ugiftme.baseUrl,
        apiKey: resolved.ugiftme.apiKey,
        timeoutMs: resolved.ugiftme.timeoutMs,
        logger: clientLogger,
        onAttempt: (healthy) => partnerHealth.record("ugiftme", healthy),
      })
    : null

  container.register({
    giftyzetClient: asValue(giftyzet),
    ugiftmeClient: asValue(ugiftme),
    partnerHealth: asValue(partnerHealth),
  })
}
