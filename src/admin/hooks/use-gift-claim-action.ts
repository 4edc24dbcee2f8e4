import { useMutation, useQueryClient } from "@tanstack/react-query"
import type { AdminGiftClaimActionType } from "../../api/admin/gifting/orders/[order_id]/claim/validators"
import { dashboardOrderDetailKey, giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminGiftOrderResponse } from "../../types"

/** A fresh key per click: a retried request does the action once. */
export function newIdempotencyKey(): string {
  return `admin-${crypto.randomUUID()}`
}

/**
 * `POST /admin/gifting/orders/:order_id/claim`: Extend, Resend link, Ship to
 * buyer, Cancel & refund. The answer (with the timeline) replaces the cached
 * gift at once.
 */
export function useGiftClaimAction(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: AdminGiftClaimActionType) => {
      const { gift_order } = await sdk.client.fetch<AdminGiftOrderResponse>(
        `/admin/gifting/orders/${encodeURIComponent(orderId)}/claim`,
        { method: "POST", body }
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
