import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshVoucherProductsStep, type VoucherCatalogProduct } from "./steps/refresh-voucher-products"

export const refreshVoucherProductsWorkflowId = "gifting-refresh-voucher-products"

/**
 * Applies a `product.updated` delivery to the mappings of that product,
 * flagging those that no longer fit.
 *
 * @example
 * const { result } = await refreshVoucherProductsWorkflow(container).run({
 *   input: { productCode: "ARGOS_UK_FIXED", isActive: false },
 * })
 * result.flagged // [{ id: "vprod_…", flag: "UGiftMe marks this product inactive: …" }]
 */
export const refreshVoucherProductsWorkflow = createWorkflow(
  refreshVoucherProductsWorkflowId,
  (input: VoucherCatalogProduct) => new WorkflowResponse(refreshVoucherProductsStep(input))
)
