import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { pageDueRows } from "../lib/jobs/due-pages"
import { runDueRows } from "../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { settleGiftAfterJob } from "../workflows/gift-orders/settle-gift-after-job"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"

/** Upper bound of gifts retried in one run; the rest stay due for the next run. */
export const RETRY_MAX_PER_RUN = 500

export type RetryGiftSyncRun = {
  retried: number
  failed: number
  /** Gifts parked for staff by this run (see `settleGiftAfterJob`). */
  parked: number
  /** Due gifts not retried: the run's budget was spent or Giftyzet is cooling down. */
  skipped: number
}

/**
 * Every minute, retries the creation of gifts whose last attempt failed and
 * whose backoff has elapsed. The sync workflow adopts an order Giftyzet
 * already has (409), so a retry never creates a second one. Every gift
 * retried moves on whatever happened (see `settleGiftAfterJob`); the run
 * starts no retry once `jobs.runBudgetMs` is spent or Giftyzet is cooling
 * down. One run at a time across the store's processes (see `runJobExclusively`).
 */
export default async function retryGiftSyncJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<RetryGiftSyncRun>> {
  return runJobExclusively(container, config.name, () => retryDueGiftSyncs(container))
}

async function retryDueGiftSyncs(container: MedusaContainer): Promise<RetryGiftSyncRun> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const canStart = await gifting.startJobRun("giftyzet")
  const run: RetryGiftSyncRun = { retried: 0, failed: 0, parked: 0, skipped: 0 }
  const now = new Date()
  const due = pageDueRows((page) => gifting.listDueGiftOrders("retry", now, page), {
    maxTotal: RETRY_MAX_PER_RUN,
  })
  for await (const rows of due) {
    const page = await runDueRows(
      rows.map((row) => row.order_id),
      {
        concurrency: 4,
        canStart,
        task: (order_id) => syncGiftOrderWorkflow(container).run({ input: { order_id } }),
        settle: (order_id, error) =>
          settleGiftAfterJob(container, { kind: "retry", filter: { order_id }, error }),
      }
    )
    run.retried += page.started
    run.failed += page.failed
    run.parked += page.parked
    run.skipped += page.skipped
    if (page.skipped > 0) break
  }
  if (run.failed > 0) logger.warn(`gifting: ${run.failed} gift sync retr(ies) failed; retried with backoff`)
  return run
}

export const config = {
  name: "gifting-retry-gift-sync",
  schedule: "* * * * *",
}
