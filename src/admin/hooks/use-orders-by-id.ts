import type { HttpTypes } from "@medusajs/framework/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

export type OrderSummary = Pick<HttpTypes.AdminOrder, "id" | "display_id" | "email">

/** Display number and email of these orders (the gift orders list), from Medusa's Admin API. */
export function useOrdersById(ids: string[]) {
  const sorted = [...new Set(ids)].sort()
  return useQuery({
    queryKey: giftingQueryKeys.orders(sorted),
    queryFn: () =>
      sdk.client.fetch<{ orders: OrderSummary[] }>("/admin/orders", {
        query: { id: sorted, fields: "id,display_id,email", limit: sorted.length },
      }),
    enabled: sorted.length > 0,
    placeholderData: keepPreviousData,
  })
}
