import { useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminUgiftmeWalletResponse } from "../../types"

/** `GET /admin/gifting/ugiftme/wallet`: the live UGiftMe balances vouchers are paid from. */
export function useUgiftmeWallet(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: giftingQueryKeys.wallet(),
    queryFn: () => sdk.client.fetch<AdminUgiftmeWalletResponse>("/admin/gifting/ugiftme/wallet"),
    enabled: options.enabled ?? true,
  })
}
