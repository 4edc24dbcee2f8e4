import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { GIFT_PROVIDER_ID_PREFIX } from "../../shared/gift-shipping-rules"
import { VOUCHER_PROVIDER_ID_PREFIX } from "../../shared/voucher-shipping-rules"
import { isGiftShippingData, type GiftShippingData } from "../../providers/giftyzet/shipping-data"
import type { ShippingMethodRow } from "../query-rows"

/**
 * What an order is to the plugin, decided here and nowhere else: a gift when
 * one of its shipping methods belongs to a shipping option of the Giftyzet
 * fulfillment provider, a voucher order when it belongs to one of the UGiftMe
 * provider. Data on a shipping method never decides it alone: a storefront
 * can put any data on the manual option's method.
 *
 * Medusa registers a provider as `<identifier>_<id>` (`giftyzet_giftyzet`),
 * so the prefixes are the providers' identifiers.
 */
export type ShippingOptionKind = "gift" | "voucher" | "other"

export function shippingProviderKind(providerId: string | null | undefined): ShippingOptionKind {
  const id = String(providerId ?? "")
  if (id.startsWith(GIFT_PROVIDER_ID_PREFIX)) return "gift"
  if (id.startsWith(VOUCHER_PROVIDER_ID_PREFIX)) return "voucher"
  return "other"
}

export function isGiftProviderId(providerId: string | null | undefined): boolean {
  return shippingProviderKind(providerId) === "gift"
}

export function isVoucherProviderId(providerId: string | null | undefined): boolean {
  return shippingProviderKind(providerId) === "voucher"
}

/**
 * The "Send as a gift" data of an order's shipping methods: the first method
 * whose shipping option is a Giftyzet one and whose data is the gift's.
 * `null` when the order is not a gift.
 */
export async function findGiftShippingData(
  query: Omit<RemoteQueryFunction, symbol>,
  methods: ShippingMethodRow[]
): Promise<GiftShippingData | null> {
  const candidates = methods.filter(
    (method) => Boolean(method?.shipping_option_id) && isGiftShippingData(method?.data)
  )
  if (candidates.length === 0) return null
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { id: candidates.map((method) => method!.shipping_option_id as string) },
  })
  const giftOptionIds = new Set(
    options.filter((option) => isGiftProviderId(option?.provider_id)).map((option) => option.id)
  )
  const method = candidates.find((candidate) => giftOptionIds.has(candidate!.shipping_option_id as string))
  return method ? (method.data as GiftShippingData) : null
}
