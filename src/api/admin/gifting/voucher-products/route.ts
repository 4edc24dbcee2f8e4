import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import type { VoucherProductRecord } from "../../../../lib/gifting/voucher-order-records"
import { createVoucherProductWorkflow } from "../../../../workflows/vouchers/create-voucher-product"
import type {
  AdminCreateVoucherProductType,
  AdminListVoucherProductsQueryType,
} from "../../../voucher-validators"
import { adminVoucherProduct, type AdminVoucherProduct } from "../voucher-views"

export type AdminVoucherProductListResponse = {
  voucher_products: AdminVoucherProduct[]
  count: number
  offset: number
  limit: number
}

/** `GET /admin/gifting/voucher-products`: the variant ↔ UGiftMe product mappings. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListVoucherProductsQueryType>,
  res: MedusaResponse<AdminVoucherProductListResponse>
): Promise<void> {
  const { offset, limit, variant_id, product_code } = req.validatedQuery
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const filters = {
    ...(variant_id ? { variant_id } : {}),
    ...(product_code ? { product_code } : {}),
  }
  const [rows, count] = await gifting.listAndCountVoucherProducts(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC" },
  })
  res.json({
    voucher_products: (rows as VoucherProductRecord[]).map(adminVoucherProduct),
    count,
    offset,
    limit,
  })
}

/**
 * `POST /admin/gifting/voucher-products`: maps a variant to a UGiftMe
 * product. 400 with the reason when the product is unknown, the variant is
 * priced in another currency than the product, or the face value is not one
 * UGiftMe sells.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateVoucherProductType>,
  res: MedusaResponse<{ voucher_product: AdminVoucherProduct }>
): Promise<void> {
  const { result } = await createVoucherProductWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ voucher_product: adminVoucherProduct(result) })
}
