import type { AdminGiftOrder } from "../../../../gifting-serializers"

/** `GET /admin/gifting/orders/:order_id`, and `POST …/sync` and `POST …/claim`: the order's gift. */
export type AdminGiftOrderResponse = { gift_order: AdminGiftOrder }

/** Giftyzet's order lifecycle. */
export type GiftStatus = AdminGiftOrder["status"]

/** Where the store stands in creating the Giftyzet order. */
export type GiftSyncState = AdminGiftOrder["sync"]["state"]
