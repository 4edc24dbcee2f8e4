import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { GiftOrderRecord } from "../types"
import type { GiftStatusReport } from "./send-gift-status-to-giftyzet"

/**
 * Records the outcome of a status report in the gift's metadata
 * (`status_reports`), and the new status when Giftyzet accepted it.
 */
export const recordGiftStatusReportStep = createStep(
  "record-gift-status-report",
  async (report: GiftStatusReport, { container }) => {
    if (report.kind === "skipped") {
      return new StepResponse({ gift_order: report.gift_order })
    }
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const metadata = (report.gift_order.metadata ?? {}) as Record<string, unknown>
    const previous = Array.isArray(metadata.status_reports) ? metadata.status_reports : []
    const entry = {
      status: report.status,
      outcome: report.kind,
      at: new Date().toISOString(),
      ...(report.kind === "failed" ? { error: report.error.slice(0, 300) } : {}),
    }
    const updated = (await gifting.updateGiftOrders({
      id: report.gift_order.id,
      ...(report.kind === "reported" ? { status: report.status, next_poll_at: null } : {}),
      metadata: { ...metadata, status_reports: [...previous, entry].slice(-20) },
    })) as GiftOrderRecord
    return new StepResponse({ gift_order: updated })
  }
)
