import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { pageDueRows } from "../lib/jobs/due-pages"
import { GIFTYZET_READS_IN_FLIGHT } from "../lib/jobs/giftyzet-reads"
import { runDueRows } from "../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { refreshGiftOrderStatusWorkflow } from "../workflows/gift-orders/refresh-gift-order-status"
import { settleGiftAfterJob } from "../workflows/gift-orders/settle-gift-after-job"

/** Partner reads in flight at once (the process's Giftyzet read slots). */
export const POLL_CONCURRENCY = GIFTYZET_READS_IN_FLIGHT
/**
 * Gifts in work at once: twice the read slots, so one gift's database work
 * (its lock, its row, the status it records, settling) overlaps the others'
 * reads and the slots stay full. Reads themselves never exceed `POLL_CONCURRENCY`.
 */
export const POLL_GIFTS_IN_WORK = 2 * POLL_CONCURRENCY
/** Upper bound of gifts read in one run; the rest stay due for the next run. */
export const POLL_MAX_PER_RUN = 2_000

export type PollGiftOrdersRun = {
  polled: number
  failed: number
  /** Gifts parked for staff by this run (see `settleGiftAfterJob`). */
  parked: number
  /** Due gifts not read: the run's budget was spent or Giftyzet is cooling down. */
  skipped: number
}

/**
 * Giftyzet sends no webhooks: every minute, reads the pending gifts that are
 * due (the interval grows with the gift's age), a page at a time, with at most
 * `POLL_CONCURRENCY` reads in flight. Confirmed, dispatched, delivered and cancelled gifts are never read.
 * Every gift read moves on whatever happened (see `settleGiftAfterJob`); the
 * run starts no read once `jobs.runBudgetMs` is spent or Giftyzet is cooling
 * down. One run at a time across the store's processes (see `runJobExclusively`).
 */
export default async function pollGiftOrdersJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<PollGiftOrdersRun>> {
  return runJobExclusively(container, config.name, () => pollDueGiftOrders(container))
}

/** How one run works through the due gifts (the bench compares settings in one run). */
export type PollRunSettings = { giftsInWork: number; maxGifts: number }

/** One run of the poll job without its cross-process exclusivity (`pollGiftOrdersJob` adds it). */
export async function pollDueGiftOrders(
  container: MedusaContainer,
  settings: PollRunSettings = { giftsInWork: POLL_GIFTS_IN_WORK, maxGifts: POLL_MAX_PER_RUN }
): Promise<PollGiftOrdersRun> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const run: PollGiftOrdersRun = { polled: 0, failed: 0, parked: 0, skipped: 0 }
  if (!(await gifting.getPartnersStatus()).giftyzet.configured) return run
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const canStart = await gifting.startJobRun("giftyzet")
  const now = new Date()
  const due = pageDueRows((page) => gifting.listDueGiftOrders("poll", now, page), {
    maxTotal: settings.maxGifts,
  })
  for await (const rows of due) {
    const page = await runDueRows(
      rows.map((row) => row.id),
      {
        concurrency: settings.giftsInWork,
        canStart,
        task: (gift_order_id) => refreshGiftOrderStatusWorkflow(container).run({ input: { gift_order_id } }),
        settle: (id, error) => settleGiftAfterJob(container, { kind: "poll", filter: { id }, error }),
      }
    )
    run.polled += page.started
    run.failed += page.failed
    run.parked += page.parked
    run.skipped += page.skipped
    if (page.skipped > 0) break
  }
  if (run.failed > 0)
    logger.warn(`gifting: ${run.failed} gift status refresh(es) failed; retried with backoff`)
  return run
}

export const config = {
  name: "gifting-poll-gift-orders",
  schedule: "* * * * *",
}
