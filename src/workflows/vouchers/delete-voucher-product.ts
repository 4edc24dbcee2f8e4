import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteVoucherProductStep } from "./steps/voucher-product-mutations"

export const deleteVoucherProductWorkflowId = "gifting-delete-voucher-product"

/**
 * Removes a mapping: the variant is no longer sold as a voucher. Vouchers
 * already owed are still bought as recorded.
 *
 * @example
 * await deleteVoucherProductWorkflow(container).run({ input: { id: "vprod_123" } })
 */
export const deleteVoucherProductWorkflow = createWorkflow(
  deleteVoucherProductWorkflowId,
  (input: { id: string }) => {
    return new WorkflowResponse(deleteVoucherProductStep(input))
  }
)
