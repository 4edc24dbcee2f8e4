import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RESUMED } from "../../../lib/jobs/row-failures"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"
import { nextPurchaseRetryAt, nextVoucherPollAt } from "../../../lib/gifting/voucher-schedule"
import type { VoucherRequestOutcome } from "./fetch-voucher-outcome"
import { mirrorVoucherOnFulfillment, receiptStatusOf } from "./fulfillment-voucher-status"
import type { VoucherStatusChange } from "./purchase-vouchers"

export type RecordVoucherOutcomeResult = {
  voucher: VoucherOrderRecord | null
  change: VoucherStatusChange | null
  /** UGiftMe could not be asked (or answered unreadably): the next look is only rescheduled. */
  poll_failed: boolean
}

/**
 * Stores where the order request stands. Statuses only move forward
 * (queued → processing → succeeded | failed), so deliveries in any order, or
 * twice, end in the same state. A failed poll only moves the next poll, with
 * backoff. The unit's status is mirrored on its fulfillment's `data`, which
 * the provider reads when someone tries to cancel the fulfillment.
 */
export const recordVoucherOutcomeStep = createStep(
  "record-voucher-outcome",
  async ({ outcome, polled }: { outcome: VoucherRequestOutcome; polled: boolean }, { container }) => {
    if (outcome.kind === "skipped") {
      return new StepResponse<RecordVoucherOutcomeResult>({
        voucher: outcome.voucher,
        change: null,
        poll_failed: false,
      })
    }
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const { voucher } = outcome
    const now = new Date()
    const attempts = (voucher.attempts ?? 0) + (polled ? 1 : 0)
    let update: Partial<VoucherOrderRecord> & { id: string }
    switch (outcome.kind) {
      case "succeeded":
        update = {
          id: voucher.id,
          attempts,
          status: "succeeded",
          ugiftme_order_id: outcome.ugiftme_order_id,
          error: null,
          next_poll_at: null,
          completed_at: now,
          ...RESUMED,
        }
        break
      case "failed":
        update = {
          id: voucher.id,
          attempts,
          status: "failed",
          error: outcome.error.slice(0, 1000),
          next_poll_at: null,
        }
        break
      case "progress":
        update = {
          id: voucher.id,
          attempts,
          status: voucher.status === "processing" ? "processing" : outcome.status,
          next_poll_at: nextVoucherPollAt(attempts, now),
          ...RESUMED,
        }
        break
      case "poll_error":
        update = {
          id: voucher.id,
          attempts,
          error: outcome.error.slice(0, 1000),
          next_poll_at: nextPurchaseRetryAt(attempts, now, outcome.retry_after_ms),
        }
        break
    }
    const updated = (await gifting.updateVoucherOrders(update)) as VoucherOrderRecord
    const change: VoucherStatusChange | null =
      outcome.kind === "succeeded" || outcome.kind === "failed"
        ? {
            id: voucher.id,
            order_id: voucher.order_id,
            status: outcome.kind,
            error: outcome.kind === "failed" ? outcome.error : null,
          }
        : null

    if (change && updated.fulfillment_id) {
      await mirrorVoucherOnFulfillment(container, updated.fulfillment_id, {
        id: updated.id,
        status: receiptStatusOf(updated.status),
        ugiftme_order_id: updated.ugiftme_order_id ?? null,
        order_request_id: updated.order_request_id ?? null,
      })
    }
    return new StepResponse<RecordVoucherOutcomeResult>({
      voucher: updated,
      change,
      poll_failed: outcome.kind === "poll_error",
    })
  }
)
