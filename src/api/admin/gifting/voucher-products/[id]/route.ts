import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../modules/gifting/service"
import type { VoucherProductRecord } from "../../../../../lib/gifting/voucher-order-records"
import { deleteVoucherProductWorkflow } from "../../../../../workflows/vouchers/delete-voucher-product"
import { updateVoucherProductWorkflow } from "../../../../../workflows/vouchers/update-voucher-product"
import type { AdminUpdateVoucherProductType } from "../../../../voucher-validators"
import { adminVoucherProduct, type AdminVoucherProduct } from "../../voucher-views"

/** `GET /admin/gifting/voucher-products/:id`. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ voucher_product: AdminVoucherProduct }>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const row = (await gifting.retrieveVoucherProduct(req.params.id)) as VoucherProductRecord
  res.json({ voucher_product: adminVoucherProduct(row) })
}

/** `POST /admin/gifting/voucher-products/:id`: changes the product or the face value, checked like a new mapping. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateVoucherProductType>,
  res: MedusaResponse<{ voucher_product: AdminVoucherProduct }>
): Promise<void> {
  const { result } = await updateVoucherProductWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ voucher_product: adminVoucherProduct(result) })
}

/** `DELETE /admin/gifting/voucher-products/:id`: the variant is no longer sold as a voucher. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ id: string; object: "voucher_product"; deleted: true }>
): Promise<void> {
  await deleteVoucherProductWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "voucher_product", deleted: true })
}
