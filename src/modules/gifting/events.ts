/** Events the gifting plugin emits on Medusa's event bus. Payload: `{ id, order_id }`. */
export const GIFT_ORDER_CREATED_EVENT = "gifting.gift_order.created"
export const GIFT_ORDER_CONFIRMED_EVENT = "gifting.gift_order.confirmed"
