/**
 * The answer of `GET /store/gifting/orders/:order_id` (publishable key), for
 * the route that sends it and the storefront kit that reads it. Types only.
 */

/**
 * Giftyzet's lifecycle of a gift: `pending` until the recipient accepts it
 * through the link.
 */
export type GiftStatus = "pending" | "confirmed" | "dispatched" | "delivered" | "cancelled"

/**
 * Where the recipient link stands, for the shopper and for staff:
 * - `available`: the gift waits for the recipient and the link is here;
 * - `preparing`: the gift is not on Giftyzet yet and an attempt is due;
 * - `unavailable`: the link will not appear on its own. Either the gift is on
 *   Giftyzet but the store never received its link (an order adopted after a
 *   lost answer, on a deployment whose GET has no link), or creating it failed
 *   for good. Staff act; it is never shown as healthy;
 * - `closed`: the gift left `pending`, no link is given any more.
 */
export type GiftLinkState = "available" | "preparing" | "unavailable" | "closed"

/**
 * What the storefront may know of a gift: enough to share the link, nothing
 * personal. The link lets whoever holds it set the delivery address, so it is
 * given only while the gift is `pending` (waiting for the recipient); once the
 * recipient confirmed, the answer is status and times only.
 */
export type StoreGiftOrder = {
  status: GiftStatus
  recipient_link: string | null
  link_state: GiftLinkState
  order_number: string | null
  confirmed_at: Date | string | null
  /** Until when the recipient may accept: only while the gift is pending with its window open. */
  claim_deadline: Date | string | null
}

export type StoreGiftOrderResponse = { gift_order: StoreGiftOrder }
