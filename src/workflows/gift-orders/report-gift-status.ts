import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordGiftStatusReportStep } from "./steps/record-gift-status-report"
import { sendGiftStatusToGiftyzetStep, type ReportableGiftStatus } from "./steps/send-gift-status-to-giftyzet"

export type ReportGiftStatusInput = { order_id: string; status: ReportableGiftStatus }

export const reportGiftStatusWorkflowId = "gifting-report-gift-status"

/**
 * Reports the store's progress with a gift (dispatched, delivered, cancelled)
 * to Giftyzet, and records whether the deployment supports it.
 *
 * @example
 * await reportGiftStatusWorkflow(container).run({
 *   input: { order_id: "order_123", status: "dispatched" },
 * })
 */
export const reportGiftStatusWorkflow = createWorkflow(
  reportGiftStatusWorkflowId,
  (input: ReportGiftStatusInput) => {
    const report = sendGiftStatusToGiftyzetStep(input)
    const recorded = recordGiftStatusReportStep(report)
    return new WorkflowResponse(recorded)
  }
)
