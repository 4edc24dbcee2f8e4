import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminVoucherProductListResponse,
  AdminVoucherProductResponse,
  VoucherProductInput,
} from "../../types"

/** `GET /admin/gifting/voucher-products`: the variant ↔ UGiftMe product mappings. */
export function useVoucherProducts(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: giftingQueryKeys.voucherProductList(query),
    queryFn: () =>
      sdk.client.fetch<AdminVoucherProductListResponse>("/admin/gifting/voucher-products", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Creates (no `id`) or changes (with `id`) a mapping; the server checks it against catalog and prices. */
export function useSaveVoucherProduct() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: VoucherProductInput & { id?: string }) =>
      sdk.client.fetch<AdminVoucherProductResponse>(
        id ? `/admin/gifting/voucher-products/${encodeURIComponent(id)}` : "/admin/gifting/voucher-products",
        {
          method: "POST",
          body: id
            ? {
                product_code: input.product_code,
                face_value_mode: input.face_value_mode,
                fixed_value: input.face_value_mode === "fixed" ? input.fixed_value : null,
              }
            : {
                variant_id: input.variant_id,
                product_code: input.product_code,
                face_value_mode: input.face_value_mode,
                ...(input.face_value_mode === "fixed" ? { fixed_value: input.fixed_value } : {}),
              },
        }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: giftingQueryKeys.voucherProducts() }),
  })
}

/** `DELETE /admin/gifting/voucher-products/:id`: the variant is no longer sold as a voucher. */
export function useDeleteVoucherProduct() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/gifting/voucher-products/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: giftingQueryKeys.voucherProducts() }),
  })
}
