import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadVoucherProductStep } from "./steps/load-voucher-product"
import { validateVoucherProductStep, type VoucherProductInput } from "./steps/validate-voucher-product"
import { updateVoucherProductStep } from "./steps/voucher-product-mutations"

export type UpdateVoucherProductInput = {
  id: string
  product_code?: string
  face_value_mode?: "variant_price" | "fixed"
  fixed_value?: number | null
}

export const updateVoucherProductWorkflowId = "gifting-update-voucher-product"

/**
 * Changes a mapping's product or face value, checked like a new one. Vouchers
 * already owed keep what they were bought with.
 *
 * @example
 * await updateVoucherProductWorkflow(container).run({
 *   input: { id: "vprod_123", face_value_mode: "fixed", fixed_value: 25 },
 * })
 */
export const updateVoucherProductWorkflow = createWorkflow(
  updateVoucherProductWorkflowId,
  (input: UpdateVoucherProductInput) => {
    const existing = loadVoucherProductStep({ id: input.id })
    const merged = transform({ input, existing }, ({ input, existing }): VoucherProductInput => {
      const mode = input.face_value_mode ?? existing.face_value_mode
      return {
        id: existing.id,
        variant_id: existing.variant_id,
        product_code: input.product_code ?? existing.product_code,
        face_value_mode: mode,
        fixed_value: mode === "fixed" ? (input.fixed_value ?? existing.fixed_value ?? null) : null,
      }
    })
    const validated = validateVoucherProductStep(merged)
    const change = transform({ input, validated }, ({ input, validated }) => ({
      id: input.id,
      data: validated,
    }))
    return new WorkflowResponse(updateVoucherProductStep(change))
  }
)
