import type {
  GiftyzetDocumentedOrderResponse,
  GiftyzetNewerOrderResponse,
  GiftyzetOrderListEntry,
  GiftyzetOrderResponse,
  GiftyzetOrderStatus,
} from "./schemas"

/** Contact details of the buyer or the recipient; `null` when not set. */
export type GiftyzetParty = {
  name: string | null
  email: string | null
  phone: string | null
  address: string | null
}

/** Amounts in major units of the store's currency. */
export type GiftyzetTotals = {
  subtotal: number
  shipping: number
  tax: number
  total: number
}

export type GiftyzetOrderItem = {
  id: string | null
  name: string
  price: number
  quantity: number
  image_url: string | null
}

/**
 * A Giftyzet order, the same whichever GET shape the deployment answers.
 * `gift_token` and `recipient_link` are `null` when the deployment does not
 * return them (newer shape): callers keep the link from the create answer.
 */
export type GiftyzetOrder = {
  id: string
  order_number: string
  external_order_id: string | null
  status: GiftyzetOrderStatus
  payment_status: string | null
  totals: GiftyzetTotals
  sender: GiftyzetParty
  /** Recipient; `address` is free text and set once they confirm. */
  receiver: GiftyzetParty
  created_at: string | null
  confirmed_at: string | null
  gift_token: string | null
  recipient_link: string | null
  items: GiftyzetOrderItem[]
}

/** One row of the order list (newer deployments). */
export type GiftyzetOrderSummary = {
  id: string
  order_number: string
  external_order_id: string | null
  status: GiftyzetOrderStatus
  payment_status: string | null
  totals: GiftyzetTotals
  sender: Pick<GiftyzetParty, "name" | "email">
  receiver: Pick<GiftyzetParty, "name" | "email">
  created_at: string | null
  confirmed_at: string | null
}

/** Trims; empty and missing both become `null`. */
export function textOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) {
    return null
  }
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

type RawItem = NonNullable<GiftyzetDocumentedOrderResponse["order_items"]>[number]
type RawParty = NonNullable<GiftyzetNewerOrderResponse["sender"]>

function normalizeItems(items: RawItem[] | null | undefined): GiftyzetOrderItem[] {
  return (items ?? []).map((item) => ({
    id: textOrNull(item.id),
    name: item.name,
    price: item.price,
    quantity: item.quantity ?? 1,
    image_url: textOrNull(item.image_url),
  }))
}

function normalizeParty(party: RawParty | null | undefined): GiftyzetParty {
  return {
    name: textOrNull(party?.name),
    email: textOrNull(party?.email),
    phone: textOrNull(party?.phone),
    address: textOrNull(party?.address),
  }
}

function totals(raw: {
  subtotal?: number | null
  shipping?: number | null
  tax?: number | null
  total: number
}): GiftyzetTotals {
  return { subtotal: raw.subtotal ?? 0, shipping: raw.shipping ?? 0, tax: raw.tax ?? 0, total: raw.total }
}

function isDocumented(body: GiftyzetOrderResponse): body is GiftyzetDocumentedOrderResponse {
  return "order" in body
}

/** Turns either parsed GET shape into one {@link GiftyzetOrder}. */
export function normalizeGiftyzetOrder(body: GiftyzetOrderResponse): GiftyzetOrder {
  if (isDocumented(body)) {
    const order = body.order
    return {
      id: order.id,
      order_number: order.order_number,
      external_order_id: textOrNull(order.external_order_id),
      status: order.status,
      payment_status: textOrNull(order.payment_status),
      totals: totals(order),
      sender: normalizeParty({
        name: order.sender_name,
        email: order.sender_email,
        phone: order.sender_phone,
        address: order.sender_address,
      }),
      receiver: normalizeParty({
        name: order.receiver_name,
        email: order.receiver_email,
        phone: order.receiver_phone,
        address: order.receiver_address,
      }),
      created_at: textOrNull(order.created_at),
      confirmed_at: textOrNull(order.confirmed_at),
      gift_token: textOrNull(order.gift_token),
      recipient_link: textOrNull(order.gift_link),
      items: normalizeItems(body.order_items),
    }
  }
  return {
    id: body.order_id,
    order_number: body.order_number,
    external_order_id: textOrNull(body.external_order_id),
    status: body.status,
    payment_status: textOrNull(body.payment_status),
    totals: totals(body),
    sender: normalizeParty(body.sender),
    receiver: normalizeParty(body.receiver),
    created_at: textOrNull(body.created_at),
    confirmed_at: textOrNull(body.confirmed_at),
    gift_token: null,
    recipient_link: null,
    items: normalizeItems(body.order_items),
  }
}

/** Turns a parsed list row into a {@link GiftyzetOrderSummary}. */
export function normalizeGiftyzetOrderSummary(entry: GiftyzetOrderListEntry): GiftyzetOrderSummary {
  return {
    id: entry.id,
    order_number: entry.order_number,
    external_order_id: textOrNull(entry.external_order_id),
    status: entry.status,
    payment_status: textOrNull(entry.payment_status),
    totals: totals(entry),
    sender: { name: textOrNull(entry.sender_name), email: textOrNull(entry.sender_email) },
    receiver: { name: textOrNull(entry.receiver_name), email: textOrNull(entry.receiver_email) },
    created_at: textOrNull(entry.created_at),
    confirmed_at: textOrNull(entry.confirmed_at),
  }
}
