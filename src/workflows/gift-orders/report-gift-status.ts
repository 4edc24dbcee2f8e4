import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { giftOrderLockKey } from "../../lib/gifting/gift-order-lock"
import { recordGiftStatusReportStep } from "./steps/record-gift-status-report"
import { sendGiftStatusToGiftyzetStep, type SendGiftStatusInput } from "./steps/send-gift-status-to-giftyzet"

export type ReportGiftStatusInput = SendGiftStatusInput

export const reportGiftStatusWorkflowId = "gifting-report-gift-status"

/**
 * Reports the store's progress with a gift (dispatched, delivered, cancelled)
 * to Giftyzet, and records whether the deployment supports it. A report that
 * fails waits on the gift and is retried with backoff (run without `status`)
 * until Giftyzet acknowledges it or says it does not support reports. Runs
 * under the gift's lock, so it never interleaves with the gift's creation or
 * another report of it.
 *
 * @example
 * await reportGiftStatusWorkflow(container).run({
 *   input: { order_id: "order_123", status: "dispatched" },
 * })
 */
export const reportGiftStatusWorkflow = createWorkflow(
  reportGiftStatusWorkflowId,
  (input: ReportGiftStatusInput) => {
    const lockKey = transform({ input }, ({ input }) => giftOrderLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const report = sendGiftStatusToGiftyzetStep(input)
    const recorded = recordGiftStatusReportStep(report)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(recorded)
  }
)
