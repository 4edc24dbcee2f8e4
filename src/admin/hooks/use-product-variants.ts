import type { HttpTypes } from "@medusajs/framework/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { giftingQueryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

const FIELDS = "id,title,sku,product.id,product.title"

export type VariantSummary = Pick<HttpTypes.AdminProductVariant, "id" | "title" | "sku"> & {
  product?: { id: string; title: string } | null
}

type VariantList = { variants: VariantSummary[] }

/** The variants with these ids (names for the mapping table), from Medusa's Admin API. */
export function useVariantsById(ids: string[]) {
  const sorted = [...new Set(ids)].sort()
  return useQuery({
    queryKey: giftingQueryKeys.variants(sorted),
    queryFn: () =>
      sdk.client.fetch<VariantList>("/admin/product-variants", {
        query: { id: sorted, fields: FIELDS, limit: sorted.length },
      }),
    enabled: sorted.length > 0,
    placeholderData: keepPreviousData,
  })
}

/** Variants whose title, SKU or product match `q` (the mapping form's picker). */
export function useVariantSearch(q: string) {
  return useQuery({
    queryKey: giftingQueryKeys.variantSearch(q),
    queryFn: () =>
      sdk.client.fetch<VariantList>("/admin/product-variants", {
        query: { ...(q ? { q } : {}), fields: FIELDS, limit: 20 },
      }),
    placeholderData: keepPreviousData,
  })
}

/** "Product · Variant (SKU)" */
export function variantLabel(variant: VariantSummary | undefined, fallbackId: string): string {
  if (!variant) return fallbackId
  const name = [variant.product?.title, variant.title].filter(Boolean).join(" · ")
  return variant.sku ? `${name} (${variant.sku})` : name || fallbackId
}
