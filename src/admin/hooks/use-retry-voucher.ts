import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query"
import { dashboardOrderDetailKey, giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminOrderVouchersResponse,
  AdminRetryVoucherResponse,
  AdminVoucherOrder,
  AdminVoucherPurchaseResponse,
} from "../../types"

/** After a purchase run staff started: its vouchers replace the order's cached ones, and what it changed is refetched. */
async function applyPurchaseRun(queryClient: QueryClient, orderId: string, vouchers: AdminVoucherOrder[]) {
  queryClient.setQueryData<AdminOrderVouchersResponse | null>(
    giftingQueryKeys.orderVouchers(orderId),
    (current) => (current ? { ...current, vouchers } : current)
  )
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: giftingQueryKeys.orderVouchers(orderId) }),
    queryClient.invalidateQueries({ queryKey: giftingQueryKeys.wallet() }),
    queryClient.invalidateQueries({ queryKey: dashboardOrderDetailKey(orderId) }),
  ])
}

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
    onSuccess: (result) => applyPurchaseRun(queryClient, orderId, result.vouchers),
  })
}

/**
 * `POST /admin/gifting/orders/:order_id/vouchers/release`: buys the vouchers
 * of an order held over a voucher limit. Safe to send twice.
 */
export function useReleaseVouchers(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminVoucherPurchaseResponse>(
        `/admin/gifting/orders/${encodeURIComponent(orderId)}/vouchers/release`,
        { method: "POST" }
      ),
    onSuccess: (result) => applyPurchaseRun(queryClient, orderId, result.vouchers),
  })
}
