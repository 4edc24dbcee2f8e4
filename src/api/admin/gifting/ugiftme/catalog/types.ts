/** One product of `GET /admin/gifting/ugiftme/catalog`. */
export type AdminUgiftmeCatalogProduct = {
  product_code: string
  name: string | null
  merchant: string | null
  category: string | null
  currency: string | null
  denomination_type: string | null
  denominations: number[] | null
  min_value: number | null
  max_value: number | null
  image_url: string | null
  is_active: boolean | null
}

/** `GET /admin/gifting/ugiftme/catalog`. */
export type AdminUgiftmeCatalogResponse = {
  products: AdminUgiftmeCatalogProduct[]
  page: number
  limit: number
  total: number | null
  total_pages: number | null
}
