import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  VOUCHER_FULFILLMENT_READY_EVENT,
  VOUCHER_ORDER_FAILED_EVENT,
  VOUCHER_ORDER_SUCCEEDED_EVENT,
} from "../../modules/gifting/voucher-events"
import { fetchVoucherOutcomeStep, type VoucherOrderReport } from "./steps/fetch-voucher-outcome"
import { findReadyVoucherFulfillmentsStep } from "./steps/find-ready-voucher-fulfillments"
import { loadVoucherOrderStep } from "./steps/load-voucher-order"
import { recordVoucherOutcomeStep } from "./steps/record-voucher-outcome"
import { voucherOrderLockKey } from "../../lib/gifting/voucher-order-records"

export type SyncVoucherOrderInput = {
  voucher_order_id: string
  /** What a signed webhook delivery said; without it UGiftMe is asked (poll). */
  report?: VoucherOrderReport | null
}

export const syncVoucherOrderWorkflowId = "gifting-sync-voucher-order"

/**
 * Completes a voucher UGiftMe accepted asynchronously (202): from a webhook
 * delivery (`order.processing`, `order.succeeded`, `order.failed`) or, when
 * none came, from the poll job asking UGiftMe. Idempotent: a delivery seen
 * twice, or after the poll, finds the row settled and changes nothing.
 * Emits `gifting.voucher_order.succeeded` / `.failed` on the change, and
 * `gifting.voucher_fulfillment.ready` when the unit's fulfillment is complete.
 *
 * @example
 * await syncVoucherOrderWorkflow(container).run({
 *   input: { voucher_order_id: "vord_123", report: { status: "succeeded", order_ids: ["65f…"] } },
 * })
 */
export const syncVoucherOrderWorkflow = createWorkflow(
  syncVoucherOrderWorkflowId,
  (input: SyncVoucherOrderInput) => {
    const voucher = loadVoucherOrderStep({ voucher_order_id: input.voucher_order_id })
    const lockKey = transform({ voucher }, ({ voucher }) => voucherOrderLockKey(voucher.order_id))
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })

    const fetchInput = transform({ input }, ({ input }) => ({
      voucher_order_id: input.voucher_order_id,
      report: input.report ?? null,
    }))
    const outcome = fetchVoucherOutcomeStep(fetchInput)
    const polled = transform({ input }, ({ input }) => !input.report)
    const recorded = recordVoucherOutcomeStep({ outcome, polled })
    const orderId = transform({ voucher }, ({ voucher }) => ({ order_id: voucher.order_id }))
    const ready = findReadyVoucherFulfillmentsStep(orderId)
    releaseLockStep({ key: lockKey })

    when("emit-voucher-change", { recorded }, ({ recorded }) => Boolean(recorded.change)).then(() => {
      const events = transform({ recorded }, ({ recorded }) => ({
        succeeded:
          recorded.change?.status === "succeeded"
            ? [{ id: recorded.change.id, order_id: recorded.change.order_id }]
            : [],
        failed:
          recorded.change?.status === "failed"
            ? [{ id: recorded.change.id, order_id: recorded.change.order_id, error: recorded.change.error }]
            : [],
      }))
      emitEventStep({ eventName: VOUCHER_ORDER_SUCCEEDED_EVENT, data: events.succeeded }).config({
        name: "emit-voucher-succeeded",
      })
      emitEventStep({ eventName: VOUCHER_ORDER_FAILED_EVENT, data: events.failed }).config({
        name: "emit-voucher-failed",
      })
    })
    emitEventStep({ eventName: VOUCHER_FULFILLMENT_READY_EVENT, data: ready }).config({
      name: "emit-voucher-fulfillment-ready",
    })

    return new WorkflowResponse(recorded)
  }
)
