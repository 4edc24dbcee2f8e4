import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../lib/concurrency"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { dueGiftOrderIds } from "../workflows/gift-orders/find-due-gift-orders"
import { reportGiftStatusWorkflow } from "../workflows/gift-orders/report-gift-status"

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
  for await (const orderIds of dueGiftOrderIds(container, "report", new Date(), 500)) {
    const { failed } = await forEachWithConcurrency(orderIds, 4, (order_id) =>
      reportGiftStatusWorkflow(container).run({ input: { order_id } })
    )
    retried += orderIds.length
    failures += failed.length
  }
  if (failures > 0) logger.warn(`gifting: ${failures} gift status report retr(ies) failed unexpectedly`)
  return { retried, failed: failures }
}

export const config = {
  name: "gifting-retry-gift-status-reports",
  schedule: "* * * * *",
}
