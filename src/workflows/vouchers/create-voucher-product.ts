import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateVoucherProductStep, type VoucherProductInput } from "./steps/validate-voucher-product"
import { createVoucherProductStep } from "./steps/voucher-product-mutations"

export type CreateVoucherProductInput = Omit<VoucherProductInput, "id">

export const createVoucherProductWorkflowId = "gifting-create-voucher-product"

/**
 * Maps a product variant to a UGiftMe product after checking it against the
 * variant's prices and the live catalog (see `validateVoucherProductStep`):
 * a variant priced in another currency than the product is refused.
 *
 * @example
 * const { result } = await createVoucherProductWorkflow(container).run({
 *   input: { variant_id: "variant_123", product_code: "AMAZON_UK_STD", face_value_mode: "variant_price" },
 * })
 * result.currency // "GBP"
 */
export const createVoucherProductWorkflow = createWorkflow(
  createVoucherProductWorkflowId,
  (input: CreateVoucherProductInput) => {
    const validated = validateVoucherProductStep(input)
    return new WorkflowResponse(createVoucherProductStep(validated))
  }
)
