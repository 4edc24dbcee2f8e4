import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { pageDueRows } from "../lib/jobs/due-pages"
import { errorText, runDueRows, type DueRowOutcome } from "../lib/jobs/run-due-rows"
import { unitsOf, voucherPollWork, type VoucherPollWork } from "../lib/jobs/voucher-poll-work"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { buyOrderVouchersWorkflow } from "../workflows/vouchers/buy-order-vouchers"
import { settleVouchersAfterJob } from "../workflows/vouchers/settle-vouchers-after-job"
import { syncVoucherOrderWorkflow } from "../workflows/vouchers/sync-voucher-order"

/** Upper bound of due voucher units looked at in one run; the rest stay due for the next run. */
export const VOUCHER_POLL_MAX_PER_RUN = 50

export type PollVoucherOrdersRun = {
  /** Orders whose pending vouchers were sent again (same keys). */
  orders_rebought: string[]
  /** Vouchers whose order request was checked with UGiftMe. */
  vouchers_polled: string[]
  /** Vouchers this run failed on (moved forward with backoff) or parked. */
  failed: string[]
  /** Vouchers parked for staff by this run (see `settleVouchersAfterJob`). */
  parked: string[]
  /** Due orders and vouchers not started: the budget was spent or UGiftMe is cooling down. */
  skipped: number
}

/**
 * Every minute: re-sends UGiftMe purchases whose answer was lost and checks
 * order requests no webhook has settled (webhooks not set up, or a delivery
 * missed). See `pollDueVoucherOrders`. One run at a time across the store's
 * processes (see `runJobExclusively`).
 */
export default async function pollVoucherOrdersJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<PollVoucherOrdersRun>> {
  return runJobExclusively(container, config.name, () => pollDueVoucherOrders(container))
}

/**
 * One run of the voucher poll without its cross-process exclusivity: the
 * open units whose `next_poll_at` has come, a page at a time, oldest first
 * (`listDueVoucherOrders`). A pending unit — its purchase answer was lost, or
 * its run died — is bought again with the same idempotency key (UGiftMe
 * replays it if it went through); a queued or processing one has its order
 * request checked. Every unit touched moves on whatever happened (see
 * `settleVouchersAfterJob`), so no unit comes back first on every run. No
 * new call starts once `jobs.runBudgetMs` is spent or UGiftMe is cooling down.
 */
export async function pollDueVoucherOrders(
  container: MedusaContainer,
  { now = new Date(), limit = VOUCHER_POLL_MAX_PER_RUN }: { now?: Date; limit?: number } = {}
): Promise<PollVoucherOrdersRun> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const run: PollVoucherOrdersRun = {
    orders_rebought: [],
    vouchers_polled: [],
    failed: [],
    parked: [],
    skipped: 0,
  }
  const canStart = await gifting.startJobRun("ugiftme")
  const rebought = new Set<string>()
  const due = pageDueRows((page) => gifting.listDueVoucherOrders(now, page), { maxTotal: limit })
  for await (const rows of due) {
    const work = voucherPollWork(rows, rebought)
    for (const item of work) if (item.kind === "rebuy") rebought.add(item.order_id)
    const pollFailed = new Set<VoucherPollWork>()
    const page = await runDueRows(work, {
      concurrency: 1,
      canStart,
      task: async (item) => {
        if (item.kind === "rebuy") {
          await buyOrderVouchersWorkflow(container).run({ input: { order_id: item.order_id } })
          return
        }
        const { result } = await syncVoucherOrderWorkflow(container).run({
          input: { voucher_order_id: item.voucher.id },
        })
        if (result.poll_failed) pollFailed.add(item)
      },
      settle: async (item, error): Promise<DueRowOutcome> => {
        if (error) logger.warn(`gifting: could not ${describe(item)}: ${errorText(error)}`)
        else if (item.kind === "rebuy") run.orders_rebought.push(item.order_id)
        else run.vouchers_polled.push(item.voucher.id)
        const outcomes = await settleVouchersAfterJob(container, {
          due: unitsOf(item),
          error,
          poll_failed: pollFailed.has(item),
        })
        for (const { id, outcome } of outcomes) {
          if (outcome !== "ok") run.failed.push(id)
          if (outcome === "parked") run.parked.push(id)
        }
        if (outcomes.some(({ outcome }) => outcome === "parked")) return "parked"
        return outcomes.every(({ outcome }) => outcome === "ok") ? "ok" : "failed"
      },
    })
    run.skipped += page.skipped
    if (page.skipped > 0) break
  }
  return run
}

function describe(item: VoucherPollWork): string {
  return item.kind === "rebuy"
    ? `retry the vouchers of order ${item.order_id}`
    : `check voucher ${item.voucher.id} with UGiftMe`
}

export const config = {
  name: "gifting-poll-voucher-orders",
  schedule: "* * * * *",
}
