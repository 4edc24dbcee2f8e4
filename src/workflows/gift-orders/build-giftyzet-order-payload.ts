import type { BigNumberInput } from "@medusajs/framework/types"
import type { GiftyzetCreateOrderInput } from "../../lib/giftyzet"
import type { GiftShippingData } from "../../providers/giftyzet/shipping-data"
import { subtractMajorUnits, toMajorUnits, toWholeNumber } from "./money"

/** The address fields the payload reads (billing or shipping address of the order). */
export type OrderAddressLike = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** The parts of a Medusa order (from `query.graph`) a Giftyzet order is made of. */
export type GiftOrderSource = {
  id: string
  email?: string | null
  currency_code: string
  total: BigNumberInput
  tax_total: BigNumberInput
  shipping_subtotal: BigNumberInput
  items: {
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    unit_price: BigNumberInput
    quantity?: BigNumberInput | null
    detail?: { quantity?: BigNumberInput | null } | null
    thumbnail?: string | null
  }[]
  billing_address?: OrderAddressLike | null
  shipping_address?: OrderAddressLike | null
  customer?: { first_name?: string | null; last_name?: string | null; phone?: string | null } | null
}

/** Giftyzet requires a sender phone; a shopper may not have given one. */
export const SENDER_PHONE_UNKNOWN = "not provided"

function joinName(...parts: (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ")
}

/** One line of free text, as Giftyzet keeps addresses. */
export function formatAddress(address: OrderAddressLike | null | undefined): string {
  if (!address) return ""
  const cityLine = joinName(address.postal_code, address.city)
  return [
    address.company,
    address.address_1,
    address.address_2,
    cityLine,
    address.province,
    address.country_code?.toUpperCase(),
  ]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(", ")
}

function itemName(item: GiftOrderSource["items"][number]): string {
  const product = item.product_title?.trim() || item.title?.trim() || "Item"
  const variant = item.variant_title?.trim()
  return variant && variant !== product && variant.toLowerCase() !== "default variant"
    ? `${product} (${variant})`
    : product
}

/**
 * Maps a paid Medusa order with a "Send as a gift" shipping method to the body
 * of Giftyzet's create call. `external_order_id` is the Medusa order id (the
 * exactly-once key). Amounts are major units rounded to the currency; the
 * totals are consistent by construction: subtotal + shipping + tax = total,
 * where subtotal is what the items cost after discounts, before tax.
 */
export function buildGiftyzetOrderPayload(
  order: GiftOrderSource,
  gift: GiftShippingData
): GiftyzetCreateOrderInput {
  const currency = order.currency_code
  const sender = order.billing_address ?? order.shipping_address ?? null
  const total = toMajorUnits(order.total, currency)
  const tax = toMajorUnits(order.tax_total, currency)
  const shipping = toMajorUnits(order.shipping_subtotal, currency)

  const senderName =
    joinName(sender?.first_name, sender?.last_name) ||
    joinName(order.customer?.first_name, order.customer?.last_name) ||
    order.email?.trim() ||
    "A friend"

  return {
    external_order_id: order.id,
    sender_name: senderName,
    sender_email: order.email?.trim() || "",
    sender_phone: sender?.phone?.trim() || order.customer?.phone?.trim() || SENDER_PHONE_UNKNOWN,
    sender_address: formatAddress(sender) || formatAddress(order.shipping_address) || "not provided",
    receiver_name: gift.receiver_name,
    receiver_email: gift.receiver_email,
    ...(gift.receiver_phone ? { receiver_phone: gift.receiver_phone } : {}),
    items: order.items.map((item) => ({
      name: itemName(item),
      price: toMajorUnits(item.unit_price, currency),
      quantity: Math.max(1, toWholeNumber(item.quantity ?? item.detail?.quantity)),
      ...(item.thumbnail ? { image_url: item.thumbnail } : {}),
    })),
    subtotal: subtractMajorUnits(currency, total, shipping, tax),
    shipping,
    tax,
    total,
  }
}
