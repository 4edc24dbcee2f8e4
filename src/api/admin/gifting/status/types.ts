import type {
  GiftingPartnersStatus,
  GiftyzetHostedCheckoutNotice,
} from "../../../../modules/gifting/partner-status"

/** `GET /admin/gifting/status`. */
export type AdminGiftingStatusResponse = {
  partners: GiftingPartnersStatus
  /** Set when Giftyzet refuses plugin orders (410): its hosted checkout creates them. */
  giftyzet_hosted_checkout: GiftyzetHostedCheckoutNotice | null
}
