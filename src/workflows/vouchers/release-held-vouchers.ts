import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buyOrderVouchersWorkflow } from "./buy-order-vouchers"
import { releaseHeldVouchersStep } from "./steps/release-held-vouchers"
import { voucherOrderLockKey } from "../../lib/gifting/voucher-order-records"

export type ReleaseHeldVouchersInput = { order_id: string }

export const releaseHeldVouchersWorkflowId = "gifting-release-held-vouchers"

/**
 * Staff's one action on an order held over `ugiftme.maxUnitsPerOrder` or
 * `maxValuePerOrder`: its held units become owed, then
 * {@link buyOrderVouchersWorkflow} buys them (each once) and fulfils them.
 * Idempotent: releasing again buys nothing twice.
 *
 * @example
 * const { result } = await releaseHeldVouchersWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 * result.vouchers.map((voucher) => voucher.status) // ["succeeded", …]
 */
export const releaseHeldVouchersWorkflow = createWorkflow(
  releaseHeldVouchersWorkflowId,
  (input: ReleaseHeldVouchersInput) => {
    const lockKey = transform({ input }, ({ input }) => voucherOrderLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 60 })
    releaseHeldVouchersStep(input)
    releaseLockStep({ key: lockKey })
    const buyInput = transform({ input }, ({ input }) => ({ order_id: input.order_id, by_staff: true }))
    const bought = buyOrderVouchersWorkflow.runAsStep({ input: buyInput })
    return new WorkflowResponse(bought)
  }
)
