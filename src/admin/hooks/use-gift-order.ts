import { useQuery } from "@tanstack/react-query"
import { httpStatusOf } from "../lib/format"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminGiftOrder, AdminGiftOrderResponse } from "../../types"

/** How often the widget looks again while the Giftyzet order is still being created. */
const WHILE_WAITING_MS = 5_000

/**
 * `GET /admin/gifting/orders/:order_id`: the gift of an order, or `null` when
 * the order was not sent as a gift (404). Polls while the gift waits for its
 * Giftyzet order, so the recipient link appears without a reload.
 */
export function useGiftOrder(orderId: string) {
  return useQuery({
    queryKey: giftingQueryKeys.giftOrder(orderId),
    queryFn: async (): Promise<AdminGiftOrder | null> => {
      try {
        const { gift_order } = await sdk.client.fetch<AdminGiftOrderResponse>(
          `/admin/gifting/orders/${encodeURIComponent(orderId)}`
        )
        return gift_order
      } catch (error) {
        if (httpStatusOf(error) === 404) return null
        throw error
      }
    },
    refetchInterval: (query) => (query.state.data?.sync.state === "waiting" ? WHILE_WAITING_MS : false),
  })
}
