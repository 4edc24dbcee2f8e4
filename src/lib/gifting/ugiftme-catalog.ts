import type { UgiftmeClient, UgiftmeProduct } from "../ugiftme"
import type { ProductValueRules } from "./voucher-value"

const PAGE_SIZE = 100
const MAX_PAGES = 50

/**
 * One product of the UGiftMe catalog by code. The API has no lookup by code:
 * the catalog is read page by page until found (catalogs are small).
 */
export async function findCatalogProduct(
  client: UgiftmeClient,
  productCode: string
): Promise<UgiftmeProduct | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await client.listProducts({ page, limit: PAGE_SIZE })
    const found = result.products.find((product) => product.productCode === productCode)
    if (found) return found
    const totalPages = result.pagination?.totalPages
    if (
      result.products.length === 0 ||
      (totalPages !== undefined ? page >= totalPages : result.products.length < PAGE_SIZE)
    ) {
      return undefined
    }
  }
  return undefined
}

/** The value rules a product document carries (fields the docs leave optional). */
export function valueRulesOf(
  product: Pick<UgiftmeProduct, "denominations" | "minValue" | "maxValue">
): ProductValueRules {
  return { denominations: product.denominations, minValue: product.minValue, maxValue: product.maxValue }
}
