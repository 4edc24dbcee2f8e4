import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { shippingProviderKind, type ShippingOptionKind } from "../../shared/shipping-provider-kind"
import type { ShippingMethodRow } from "../query-rows"
import { readGiftShippingData, type GiftShippingData } from "./gift-shipping-data"
import { isVoucherShippingData, type VoucherShippingData } from "./voucher-shipping-data"

/**
 * What an order is to the plugin, decided here and nowhere else on the
 * server: a gift when one of its shipping methods belongs to a shipping option
 * of the Giftyzet fulfillment provider, a voucher order when it belongs to one
 * of the UGiftMe provider. Data on a shipping method never decides it alone: a
 * storefront can put any data on the manual option's method. The provider
 * rule itself (`shippingProviderKind`) is shared with the storefront helpers.
 */
export { shippingProviderKind, type ShippingOptionKind }

export function isGiftProviderId(providerId: string | null | undefined): boolean {
  return shippingProviderKind(providerId) === "gift"
}

export function isVoucherProviderId(providerId: string | null | undefined): boolean {
  return shippingProviderKind(providerId) === "voucher"
}

type Query = Omit<RemoteQueryFunction, symbol>

/**
 * The data of the first shipping method that carries `kind`'s data (as
 * `read` reads it, `null` when it is not) and whose shipping option belongs to
 * `kind`'s provider, with that method's option id.
 */
async function findShippingDataOfKind<Data>(
  query: Query,
  methods: ShippingMethodRow[],
  kind: Exclude<ShippingOptionKind, "other">,
  read: (data: unknown) => Data | null
): Promise<{ shipping_option_id: string; data: Data } | null> {
  const candidates = methods.flatMap((method) => {
    const data = method?.shipping_option_id ? read(method.data) : null
    return method?.shipping_option_id && data ? [{ shipping_option_id: method.shipping_option_id, data }] : []
  })
  if (candidates.length === 0) return null
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "provider_id"],
    filters: { id: candidates.map((method) => method.shipping_option_id) },
  })
  const ownOptionIds = new Set(
    options.filter((option) => shippingProviderKind(option?.provider_id) === kind).map((option) => option.id)
  )
  return candidates.find((candidate) => ownOptionIds.has(candidate.shipping_option_id)) ?? null
}

/**
 * The "Send as a gift" data of an order's shipping methods: the first method
 * whose shipping option is a Giftyzet one and whose data is the gift's.
 * `null` when the order is not a gift.
 */
export async function findGiftShippingData(
  query: Query,
  methods: ShippingMethodRow[]
): Promise<GiftShippingData | null> {
  const method = await findShippingDataOfKind(query, methods, "gift", readGiftShippingData)
  return method?.data ?? null
}

/**
 * The "Digital voucher by email" method of an order: the first method whose
 * shipping option is a UGiftMe one and whose data names the voucher
 * recipient. `null` when the order holds no vouchers to buy.
 */
export async function findVoucherShippingMethod(
  query: Query,
  methods: ShippingMethodRow[]
): Promise<{ shipping_option_id: string; data: VoucherShippingData } | null> {
  return findShippingDataOfKind(query, methods, "voucher", (data) =>
    isVoucherShippingData(data) ? data : null
  )
}
