import { useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminGiftingConnectionsResponse } from "../../types"

/** `GET /admin/gifting/connections`: whether each partner accepts the store's key. */
export function useGiftingConnections() {
  return useQuery({
    queryKey: giftingQueryKeys.connections(),
    queryFn: () => sdk.client.fetch<AdminGiftingConnectionsResponse>("/admin/gifting/connections"),
    staleTime: 60_000,
  })
}
