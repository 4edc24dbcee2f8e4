import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelUnboughtVouchersStep, canceledOrderOf } from "./steps/cancel-unbought-vouchers"
import { loadVoucherOrderSourceStep } from "./steps/load-voucher-order-source"
import { voucherOrderLockKey } from "../../lib/gifting/voucher-order-records"

export type CancelOrderVouchersInput = { order_id: string }

export const cancelOrderVouchersWorkflowId = "gifting-cancel-order-vouchers"

/**
 * Once an order is canceled, its voucher units UGiftMe has not accepted are
 * `cancelled` and never bought (see `cancelUnboughtVouchersStep`). Takes the
 * order's voucher lock, so a purchase run in flight finishes first. Does
 * nothing for an order that is not canceled. Safe to run any number of times.
 *
 * @example
 * const { result } = await cancelOrderVouchersWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 * result.cancelled // ["vord_…"]
 */
export const cancelOrderVouchersWorkflow = createWorkflow(
  cancelOrderVouchersWorkflowId,
  (input: CancelOrderVouchersInput) => {
    const lockKey = transform({ input }, ({ input }) => voucherOrderLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 300 })
    // Read under the lock: the order's state after any run that held it.
    const source = loadVoucherOrderSourceStep(input)
    const canceled = transform({ source }, ({ source }) => canceledOrderOf(source))
    const result = cancelUnboughtVouchersStep(canceled)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(result)
  }
)
