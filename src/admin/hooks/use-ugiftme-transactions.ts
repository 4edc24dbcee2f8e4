import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminUgiftmeTransactionsResponse } from "../../types"

/** `GET /admin/gifting/ugiftme/wallet/transactions`: wallet movements, one page (from 1). */
export function useUgiftmeTransactions(page: number, limit: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: giftingQueryKeys.walletTransactions(page, limit),
    queryFn: () =>
      sdk.client.fetch<AdminUgiftmeTransactionsResponse>("/admin/gifting/ugiftme/wallet/transactions", {
        query: { page, limit },
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}
