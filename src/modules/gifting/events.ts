/** Events the gifting plugin emits on Medusa's event bus. Payload: `{ id, order_id }`. */
export const GIFT_ORDER_CREATED_EVENT = "gifting.gift_order.created"
export const GIFT_ORDER_CONFIRMED_EVENT = "gifting.gift_order.confirmed"
/** The claim deadline passed with the gift still pending. Payload: `{ id, order_id, outcome }`. */
export const GIFT_ORDER_EXPIRED_EVENT = "gifting.gift_order.expired"
/** Giftyzet reported `cancelled` while the gift was pending (the recipient rejected it). Payload: `{ id, order_id, outcome }`. */
export const GIFT_ORDER_DECLINED_EVENT = "gifting.gift_order.declined"
/**
 * The jobs failed on the gift `jobs.parkAfterFailures` times in a row (poll or
 * creation retry); it is out of their due set until staff act. Payload: `{ id, order_id, reason }`.
 */
export const GIFT_ORDER_PARKED_EVENT = "gifting.gift_order.parked"
