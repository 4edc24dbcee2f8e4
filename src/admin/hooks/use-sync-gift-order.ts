import { useMutation, useQueryClient } from "@tanstack/react-query"
import { dashboardOrderDetailKey, giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminGiftOrderResponse } from "../../types"

/**
 * `POST /admin/gifting/orders/:order_id/sync`: "Retry sync" when the Giftyzet
 * order is not created yet, "Refresh status" once it is. The answer replaces
 * the cached gift at once.
 */
export function useSyncGiftOrder(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const { gift_order } = await sdk.client.fetch<AdminGiftOrderResponse>(
        `/admin/gifting/orders/${encodeURIComponent(orderId)}/sync`,
        { method: "POST" }
      )
      return gift_order
    },
    onSuccess: async (giftOrder) => {
      queryClient.setQueryData(giftingQueryKeys.giftOrder(orderId), giftOrder)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: giftingQueryKeys.giftOrderLists() }),
        queryClient.invalidateQueries({ queryKey: dashboardOrderDetailKey(orderId) }),
      ])
    },
  })
}
