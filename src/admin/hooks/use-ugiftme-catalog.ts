import { useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminUgiftmeCatalogResponse } from "../../types"

/** `GET /admin/gifting/ugiftme/catalog`: UGiftMe products to map variants to. */
export function useUgiftmeCatalog(query: { page: number; limit: number; currency?: string }) {
  return useQuery({
    queryKey: giftingQueryKeys.catalog(query),
    queryFn: () =>
      sdk.client.fetch<AdminUgiftmeCatalogResponse>("/admin/gifting/ugiftme/catalog", {
        query: {
          page: query.page,
          limit: query.limit,
          ...(query.currency ? { currency: query.currency } : {}),
        },
      }),
    staleTime: 5 * 60_000,
  })
}
