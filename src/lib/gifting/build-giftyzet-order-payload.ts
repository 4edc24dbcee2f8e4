import type { BigNumberInput } from "@medusajs/framework/types"
import type { GiftyzetCreateOrderInput } from "../giftyzet"
import type { GiftShippingData } from "./gift-shipping-data"
import { MathBN } from "@medusajs/framework/utils"
import { giftCurrencyProblem, giftTotalProblem } from "./giftyzet-limits"
import { currencyDecimals, fromMinorUnits, toMinorUnits, toMinorUnitsDown, toWholeNumber } from "./money"

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
  /** What the buyer pays: after discounts and credit lines, tax included. */
  total: BigNumberInput
  /** Store credit / gift card amounts paid with (Medusa credit lines). */
  credit_line_total?: BigNumberInput | null
  tax_total: BigNumberInput
  /** Shipping after shipping discounts, tax included. */
  shipping_total: BigNumberInput
  shipping_tax_total: BigNumberInput
  items: {
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    /** The line after item discounts, tax included. */
    total: BigNumberInput
    tax_total: BigNumberInput
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

export type GiftyzetPayloadResult =
  { ok: true; payload: GiftyzetCreateOrderInput } | { ok: false; reason: string }

type GiftyzetLine = { name: string; price: number; quantity: number; image_url?: string }

/**
 * One order line as Giftyzet lines whose prices add up to the line exactly:
 * a net of 10.00 for 3 units is 2 × 3.33 + 1 × 3.34 (two lines, same name).
 */
function linesOf(
  item: GiftOrderSource["items"][number],
  decimals: number
): { lines: GiftyzetLine[]; minor: number } {
  const quantity = Math.max(1, toWholeNumber(item.quantity ?? item.detail?.quantity))
  const minor = toMinorUnitsDown(MathBN.sub(item.total, item.tax_total), decimals)
  const base = Math.floor(minor / quantity)
  const extra = minor - base * quantity
  const line = (price: number, count: number): GiftyzetLine => ({
    name: itemName(item),
    price: fromMinorUnits(price, decimals),
    quantity: count,
    ...(item.thumbnail ? { image_url: item.thumbnail } : {}),
  })
  const lines = [line(base, quantity - extra)]
  if (extra > 0) lines.push(line(base + 1, extra))
  return { lines: lines.filter((entry) => entry.quantity > 0), minor }
}

/** The totals of an order, or of the cart it is made from, that decide whether Giftyzet can take it. */
export type GiftTotalsSource = Pick<GiftOrderSource, "currency_code" | "total" | "credit_line_total">

/** Giftyzet's `total` in the currency's smallest unit: what the buyer paid, store credit added back, half-up. */
function giftyzetTotalMinor(source: GiftTotalsSource, decimals: number): number {
  return toMinorUnits(MathBN.add(source.total, source.credit_line_total ?? 0), decimals)
}

/**
 * Why Giftyzet cannot take this order or cart (another currency than the
 * Giftyzet store's, a zero total, a total over its maximum), or null. The
 * same rule refuses the cart at checkout and the order at sync.
 */
export function giftyzetRefusal(source: GiftTotalsSource, giftyzetCurrency: string): string | null {
  const currency = source.currency_code
  const currencyProblem = giftCurrencyProblem(currency, giftyzetCurrency)
  if (currencyProblem) return currencyProblem
  const decimals = currencyDecimals(currency)
  return giftTotalProblem(fromMinorUnits(giftyzetTotalMinor(source, decimals), decimals), currency)
}

/**
 * Maps a paid Medusa order with a "Send as a gift" shipping method to the body
 * of Giftyzet's create call, or says why it cannot go to Giftyzet.
 * `external_order_id` is the Medusa order id (the exactly-once key).
 *
 * The amount rule (docs/amounts.md), in the currency's decimals:
 * - `items[].price`: the unit price the buyer paid, after item discounts and
 *   before tax (`item.total − item.tax_total`, so net in tax-inclusive regions
 *   too), rounded down. A line whose net does not divide by its quantity is
 *   sent as two lines whose prices differ by one cent, so the line adds up.
 * - `subtotal` = Σ(price × quantity).
 * - `shipping`: shipping after shipping discounts, before tax
 *   (`shipping_total − shipping_tax_total`), rounded down.
 * - `total`: what the buyer paid, `total + credit_line_total` rounded half-up:
 *   store credit and gift cards are means of payment, not price cuts.
 * - `tax` = total − subtotal − shipping: the order's tax plus the rounding
 *   remainder, the one place rounding goes. Parts are rounded down, so it is
 *   never below the order's tax minus half a cent and never negative.
 *
 * Refused (terminal, for staff): an order in another currency than the
 * Giftyzet store's, a zero total, a total over Giftyzet's maximum.
 */
export function buildGiftyzetOrderPayload(
  order: GiftOrderSource,
  gift: GiftShippingData,
  giftyzetCurrency: string
): GiftyzetPayloadResult {
  const refusal = giftyzetRefusal(order, giftyzetCurrency)
  if (refusal) return { ok: false, reason: refusal }
  const decimals = currencyDecimals(order.currency_code)
  const totalMinor = giftyzetTotalMinor(order, decimals)
  const total = fromMinorUnits(totalMinor, decimals)

  const lines = order.items.map((item) => linesOf(item, decimals))
  const subtotalMinor = lines.reduce((sum, line) => sum + line.minor, 0)
  const shippingMinor = toMinorUnitsDown(MathBN.sub(order.shipping_total, order.shipping_tax_total), decimals)
  const taxMinor = totalMinor - subtotalMinor - shippingMinor
  if (taxMinor < 0) {
    return {
      ok: false,
      reason: `The order's items and shipping (${fromMinorUnits(subtotalMinor + shippingMinor, decimals)}) exceed its total (${total}); not sent to Giftyzet`,
    }
  }

  const sender = order.billing_address ?? order.shipping_address ?? null
  const senderName =
    joinName(sender?.first_name, sender?.last_name) ||
    joinName(order.customer?.first_name, order.customer?.last_name) ||
    order.email?.trim() ||
    "A friend"

  return {
    ok: true,
    payload: {
      external_order_id: order.id,
      sender_name: senderName,
      sender_email: order.email?.trim() || "",
      sender_phone: sender?.phone?.trim() || order.customer?.phone?.trim() || SENDER_PHONE_UNKNOWN,
      sender_address: formatAddress(sender) || formatAddress(order.shipping_address) || "not provided",
      receiver_name: gift.recipient_name,
      receiver_email: gift.recipient_email,
      ...(gift.recipient_phone ? { receiver_phone: gift.recipient_phone } : {}),
      items: lines.flatMap((line) => line.lines),
      subtotal: fromMinorUnits(subtotalMinor, decimals),
      shipping: fromMinorUnits(shippingMinor, decimals),
      tax: fromMinorUnits(taxMinor, decimals),
      total,
    },
  }
}
