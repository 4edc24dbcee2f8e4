import type { ResolvedGiftingOptions } from "./options"

/**
 * What the admin may know about a partner connection: whether it is set up and
 * where it points. Never a key, a secret, or any part of one.
 */
export type PartnerStatus = {
  configured: boolean
  base_url: string
  api_key_set: boolean
}

export type GiftingPartnersStatus = {
  giftyzet: PartnerStatus
  ugiftme: PartnerStatus & { webhook_secret_set: boolean }
}

export function describePartners(options: ResolvedGiftingOptions): GiftingPartnersStatus {
  return {
    giftyzet: {
      configured: Boolean(options.giftyzet.apiKey),
      base_url: options.giftyzet.baseUrl,
      api_key_set: Boolean(options.giftyzet.apiKey),
    },
    ugiftme: {
      configured: Boolean(options.ugiftme.apiKey),
      base_url: options.ugiftme.baseUrl,
      api_key_set: Boolean(options.ugiftme.apiKey),
      webhook_secret_set: Boolean(options.ugiftme.webhookSecret),
    },
  }
}

/**
 * Giftyzet's deployment answered the plugin's last order with 410: it no
 * longer accepts orders from plugins, they are created by Giftyzet's hosted
 * checkout. Shown on the settings page until a gift is created again.
 */
export type GiftyzetHostedCheckoutNotice = {
  message: string
  /** The README section that explains what to do. */
  docs_url: string
  /** The latest gift refused that way, and when. */
  order_id: string
  refused_at: Date | string
}
