import {
  acquireLockStep,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkVoucherFulfillmentStep } from "./steps/check-voucher-fulfillment"
import { voucherOrderLockKey } from "../../lib/gifting/voucher-order-records"

export type CompleteVoucherFulfillmentInput = { order_id: string; fulfillment_id: string }

export const completeVoucherFulfillmentWorkflowId = "gifting-complete-voucher-fulfillment"

/**
 * Marks a UGiftMe fulfillment shipped and delivered, through Medusa's own
 * `createOrderShipmentWorkflow` and `markOrderFulfillmentAsDeliveredWorkflow`,
 * once every voucher in it has succeeded (UGiftMe emailed them). Does nothing
 * otherwise, or when it is already done: safe to run again.
 *
 * @example
 * await completeVoucherFulfillmentWorkflow(container).run({
 *   input: { order_id: "order_123", fulfillment_id: "ful_123" },
 * })
 */
export const completeVoucherFulfillmentWorkflow = createWorkflow(
  completeVoucherFulfillmentWorkflowId,
  (input: CompleteVoucherFulfillmentInput) => {
    const lockKey = transform({ input }, ({ input }) => voucherOrderLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
    const check = checkVoucherFulfillmentStep(input)

    when("ship-when-all-vouchers-succeeded", { check }, ({ check }) => check.ship).then(() => {
      const shipment = transform({ check }, ({ check }) => ({
        order_id: check.order_id,
        fulfillment_id: check.fulfillment_id,
        items: check.items,
        labels: [],
      }))
      createOrderShipmentWorkflow.runAsStep({ input: shipment })
    })

    when("deliver-when-all-vouchers-succeeded", { check }, ({ check }) => check.deliver).then(() => {
      const delivery = transform({ check }, ({ check }) => ({
        orderId: check.order_id,
        fulfillmentId: check.fulfillment_id,
      }))
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivery })
    })

    releaseLockStep({ key: lockKey })
    const result = transform({ check }, ({ check }) => ({
      fulfillment_id: check.fulfillment_id,
      shipped: check.ship,
      delivered: check.deliver,
    }))
    return new WorkflowResponse(result)
  }
)
