import { useQuery } from "@tanstack/react-query"
import { httpStatusOf } from "../lib/format"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminOrderVouchersResponse } from "../../types"
import { OPEN_VOUCHER_STATUSES } from "../lib/voucher-status"

/** How often the widget looks again while a voucher is still being bought. */
const WHILE_OPEN_MS = 5_000

/**
 * `GET /admin/gifting/orders/:order_id/vouchers`: the order's voucher units
 * (empty for an order without voucher lines). Polls while one is still open.
 */
export function useOrderVouchers(orderId: string) {
  return useQuery({
    queryKey: giftingQueryKeys.orderVouchers(orderId),
    queryFn: async (): Promise<AdminOrderVouchersResponse | null> => {
      try {
        return await sdk.client.fetch<AdminOrderVouchersResponse>(
          `/admin/gifting/orders/${encodeURIComponent(orderId)}/vouchers`
        )
      } catch (error) {
        if (httpStatusOf(error) === 404) return null
        throw error
      }
    },
    refetchInterval: (query) =>
      query.state.data?.vouchers.some((voucher) => OPEN_VOUCHER_STATUSES.includes(voucher.status))
        ? WHILE_OPEN_MS
        : false,
  })
}
