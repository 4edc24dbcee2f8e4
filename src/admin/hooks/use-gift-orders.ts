import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { giftingQueryKeys, type GiftOrderListQuery } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminListGiftOrdersResponse } from "../../types"

/** `GET /admin/gifting/gift-orders`: gifts, newest first, filtered by status or claim state and searched by order. */
export function useGiftOrders(query: GiftOrderListQuery) {
  return useQuery({
    queryKey: giftingQueryKeys.giftOrderList(query),
    queryFn: () =>
      sdk.client.fetch<AdminListGiftOrdersResponse>("/admin/gifting/gift-orders", {
        query: {
          limit: query.limit,
          offset: query.offset,
          ...(query.status ? { status: query.status } : {}),
          ...(query.claim_state ? { claim_state: query.claim_state } : {}),
          ...(query.q ? { q: query.q } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  })
}
