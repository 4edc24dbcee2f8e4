import type { AdminGiftOrder } from "../../../gifting-serializers"

/** `GET /admin/gifting/gift-orders`. */
export type AdminListGiftOrdersResponse = {
  gift_orders: AdminGiftOrder[]
  count: number
  limit: number
  offset: number
}
