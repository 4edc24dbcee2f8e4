import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { nextStatusReportAt } from "../gift-sync-schedule"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"
import type { GiftStatusReport } from "./send-gift-status-to-giftyzet"

/** No report waits on the gift any more. */
const NO_PENDING_REPORT = { status_report: null, status_report_attempts: 0, status_report_next_at: null }

/**
 * Records the outcome of a status report in the gift's metadata
 * (`status_reports`), and the new status when Giftyzet accepted it. A failed
 * report waits on the gift (`status_report`, retried at
 * `status_report_next_at` with backoff by the `gifting-retry-gift-status-reports`
 * job) until Giftyzet acknowledges it or answers that it does not support
 * reports; a waiting `cancelled` is never replaced by a later status.
 */
export const recordGiftStatusReportStep = createStep(
  "record-gift-status-report",
  async (report: GiftStatusReport, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    if (report.kind === "skipped") {
      const gift = report.gift_order
      // What waited cannot or need not be sent (e.g. a poll saw Giftyzet show it already).
      if (gift && report.settles_pending && (gift.status_report || gift.status_report_next_at)) {
        const cleared = (await gifting.updateGiftOrders({
          id: gift.id,
          ...NO_PENDING_REPORT,
        })) as GiftOrderRecord
        return new StepResponse({ gift_order: cleared })
      }
      return new StepResponse({ gift_order: gift })
    }
    const gift = report.gift_order
    const metadata = (gift.metadata ?? {}) as Record<string, unknown>
    const previous = Array.isArray(metadata.status_reports) ? metadata.status_reports : []
    const now = new Date()
    const entry = {
      status: report.status,
      outcome: report.kind,
      at: now.toISOString(),
      ...(report.kind === "failed" ? { error: report.error.slice(0, 300) } : {}),
    }
    const waiting = gift.status_report ?? null
    // A cancellation still to report outranks any later progress report.
    const keepsWaiting = waiting === "cancelled" && report.status !== "cancelled"
    let pending = {}
    if (!keepsWaiting && report.kind === "failed") {
      const attempts = (waiting === report.status ? (gift.status_report_attempts ?? 0) : 0) + 1
      pending = {
        status_report: report.status,
        status_report_attempts: attempts,
        status_report_next_at: nextStatusReportAt(attempts, now),
      }
    } else if (!keepsWaiting) {
      pending = NO_PENDING_REPORT
    }
    const updated = (await gifting.updateGiftOrders({
      id: gift.id,
      ...(report.kind === "reported" ? { status: report.status, next_poll_at: null } : {}),
      ...pending,
      metadata: { ...metadata, status_reports: [...previous, entry].slice(-20) },
    })) as GiftOrderRecord
    return new StepResponse({ gift_order: updated })
  }
)
