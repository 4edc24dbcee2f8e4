import { GIFT_PROVIDER_ID_PREFIX } from "./gift-shipping-rules"
import { VOUCHER_PROVIDER_ID_PREFIX } from "./voucher-shipping-rules"

/**
 * What a shipping option's fulfillment provider makes of an order: a gift
 * (Giftyzet), a voucher order (UGiftMe) or neither. Medusa registers a
 * provider as `<identifier>_<id>` (`giftyzet_giftyzet`), so the prefixes are
 * the providers' identifiers. The server (`lib/gifting/order-kind`) and the
 * storefront helpers both decide with this function.
 */
export type ShippingOptionKind = "gift" | "voucher" | "other"

export function shippingProviderKind(providerId: string | null | undefined): ShippingOptionKind {
  const id = String(providerId ?? "")
  if (id.startsWith(GIFT_PROVIDER_ID_PREFIX)) return "gift"
  if (id.startsWith(VOUCHER_PROVIDER_ID_PREFIX)) return "voucher"
  return "other"
}
