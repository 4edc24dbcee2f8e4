import type { StoreGiftOrder } from "../../../../gifting-serializers"

/** `GET /store/gifting/orders/:order_id` (publishable key): the gift as a storefront may see it. */
export type StoreGiftOrderResponse = { gift_order: StoreGiftOrder }
