import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { pageDueRows } from "../lib/jobs/due-pages"
import { runDueRows } from "../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { reportGiftStatusWorkflow } from "../workflows/gift-orders/report-gift-status"

/** Upper bound of status reports sent again in one run; the rest stay due for the next run. */
export const REPORT_MAX_PER_RUN = 500

export type RetryGiftStatusReportsRun = { retried: number; failed: number }

/**
 * Every minute, sends again the status reports (most importantly
 * `cancelled`) that Giftyzet did not acknowledge, once their backoff has
 * elapsed (`status_report_next_at`). Each attempt moves the report's next
 * time forward, or ends it when Giftyzet acknowledges it or says it does not
 * support reports. One run at a time across the store's processes (see
 * `runJobExclusively`).
 */
export default async function retryGiftStatusReportsJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<RetryGiftStatusReportsRun>> {
  return runJobExclusively(container, config.name, () => retryDueStatusReports(container))
}

async function retryDueStatusReports(container: MedusaContainer): Promise<RetryGiftStatusReportsRun> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let retried = 0
  let failures = 0
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const now = new Date()
  const due = pageDueRows((page) => gifting.listDueGiftOrders("report", now, page), {
    maxTotal: REPORT_MAX_PER_RUN,
  })
  for await (const rows of due) {
    const page = await runDueRows(
      rows.map((row) => row.order_id),
      {
        concurrency: 4,
        task: (order_id) => reportGiftStatusWorkflow(container).run({ input: { order_id } }),
        // The workflow moves the report on itself (next attempt, or ended).
        settle: async (_order_id, error) => (error ? "failed" : "ok"),
      }
    )
    retried += page.started
    failures += page.failed
  }
  if (failures > 0) logger.warn(`gifting: ${failures} gift status report retr(ies) failed unexpectedly`)
  return { retried, failed: failures }
}

export const config = {
  name: "gifting-retry-gift-status-reports",
  schedule: "* * * * *",
}
