import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../config"

const PRODUCT_FIELDS = "id,title,handle,description,thumbnail,*variants,*variants.calculated_price"

export async function listProducts(regionId: string): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await getSdk().store.product.list({
    region_id: regionId,
    fields: PRODUCT_FIELDS,
    limit: 50,
  })
  return products
}

export async function getProductByHandle(
  handle: string,
  regionId: string
): Promise<HttpTypes.StoreProduct | null> {
  const { products } = await getSdk().store.product.list({
    handle,
    region_id: regionId,
    fields: PRODUCT_FIELDS,
  })
  return products[0] ?? null
}
