import { useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminGiftingStatusResponse } from "../../types"

/** `GET /admin/gifting/status`: which partners are configured. */
export function useGiftingStatus() {
  return useQuery({
    queryKey: giftingQueryKeys.status(),
    queryFn: () => sdk.client.fetch<AdminGiftingStatusResponse>("/admin/gifting/status"),
  })
}
