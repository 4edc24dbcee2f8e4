import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../modules/gifting/service"
import type { AdminUgiftmeCatalogQueryType } from "./validators"
import type { AdminUgiftmeCatalogProduct, AdminUgiftmeCatalogResponse } from "./types"

/** `GET /admin/gifting/ugiftme/catalog`: UGiftMe products to map variants to (`page`, `limit`, filters). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminUgiftmeCatalogQueryType>,
  res: MedusaResponse<AdminUgiftmeCatalogResponse>
): Promise<void> {
  const { page, limit, currency, merchant, category } = req.validatedQuery
  const client = await req.scope.resolve<GiftingModuleService>(GIFTING_MODULE).getUgiftmeClient()
  const result = await client.listProducts({ page, limit, currency, merchant, category })
  const products: AdminUgiftmeCatalogProduct[] = result.products.map((product) => ({
    product_code: product.productCode,
    name: product.name ?? null,
    merchant: product.merchant ?? null,
    category: product.category ?? null,
    currency: product.currency ?? null,
    denomination_type: product.denominationType ?? null,
    denominations: product.denominations ?? null,
    min_value: product.minValue ?? null,
    max_value: product.maxValue ?? null,
    image_url: product.imageUrl ?? null,
    is_active: product.isActive ?? null,
  }))
  res.json({
    products,
    page,
    limit,
    total: result.pagination?.total ?? null,
    total_pages: result.pagination?.totalPages ?? null,
  })
}
