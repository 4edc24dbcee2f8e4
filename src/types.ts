/**
 * `medusa-plugin-gifting/types`: the shapes of the plugin's routes, for an
 * admin extension or a storefront that calls them. Types only: importing this
 * entry adds nothing to a bundle.
 */
export type * from "./admin/lib/types"
export type { StoreGiftOrder } from "./api/gifting-serializers"
export type { GiftShareState, GiftRecipientInput, GiftRecipientData } from "./storefront/types"

/** `GET /store/gifting/orders/:order_id` (publishable key): the gift as a storefront may see it. */
export type StoreGiftOrderResponse = { gift_order: import("./api/gifting-serializers").StoreGiftOrder }
