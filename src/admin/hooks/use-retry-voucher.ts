import { useMutation, useQueryClient } from "@tanstack/react-query"
import { dashboardOrderDetailKey, giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminOrderVouchersResponse, AdminRetryVoucherResponse } from "../lib/types"

/**
 * `POST /admin/gifting/vouchers/:id/retry`: buys a failed voucher again (after
 * the wallet was funded, say). The answer replaces the order's cached vouchers.
 */
export function useRetryVoucher(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (voucherId: string) =>
      sdk.client.fetch<AdminRetryVoucherResponse>(
        `/admin/gifting/vouchers/${encodeURIComponent(voucherId)}/retry`,
        { method: "POST" }
      ),
    onSuccess: async (result) => {
      queryClient.setQueryData<AdminOrderVouchersResponse | null>(
        giftingQueryKeys.orderVouchers(orderId),
        (current) => (current ? { ...current, vouchers: result.vouchers } : current)
      )
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: giftingQueryKeys.orderVouchers(orderId) }),
        queryClient.invalidateQueries({ queryKey: giftingQueryKeys.wallet() }),
        queryClient.invalidateQueries({ queryKey: dashboardOrderDetailKey(orderId) }),
      ])
    },
  })
}
