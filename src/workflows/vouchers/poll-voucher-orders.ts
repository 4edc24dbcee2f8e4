import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorText, runDueRows } from "../../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { buyOrderVouchersWorkflow } from "./buy-order-vouchers"
import { settleVouchersAfterJob } from "./settle-vouchers-after-job"
import { syncVoucherOrderWorkflow } from "./sync-voucher-order"
import { OPEN_STATUSES, type VoucherOrderRecord } from "../../lib/gifting/voucher-order-records"

export type PollVoucherOrdersResult = {
  /** Orders whose pending vouchers were sent again (same keys). */
  orders_rebought: string[]
  /** Vouchers whose order request was checked with UGiftMe. */
  vouchers_polled: string[]
  /** Vouchers this pass failed on (moved forward with backoff) or parked. */
  failed: string[]
  /** Vouchers parked for staff by this pass (see `settleVouchersAfterJob`). */
  parked: string[]
  /** Due orders and vouchers not started: the budget was spent or UGiftMe is cooling down. */
  skipped: number
}

/** One piece of work of a pass: the pending units of one order, or one open order request. */
type Work =
  | { kind: "rebuy"; order_id: string; due: VoucherOrderRecord[] }
  | { kind: "check"; voucher: VoucherOrderRecord }

/**
 * One pass of the voucher poll: the open vouchers whose `next_poll_at` has
 * come (indexed on status + next_poll_at), oldest first. A pending voucher —
 * its purchase answer was lost, or its run died — is bought again with the
 * same idempotency key (UGiftMe replays it if it went through); a queued or
 * processing one has its order request checked. Every voucher touched moves
 * on whatever happened — the workflow schedules the next look, and a failure
 * or a throw backs it off and in the end parks it (see
 * `settleVouchersAfterJob`) — so no voucher comes back first on every pass.
 * No new call starts once `jobs.runBudgetMs` is spent or UGiftMe is cooling down.
 */
export async function pollVoucherOrders(
  container: MedusaContainer,
  { now = new Date(), limit = 50 }: { now?: Date; limit?: number } = {}
): Promise<PollVoucherOrdersResult> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const due = (await gifting.listVoucherOrders(
    { status: [...OPEN_STATUSES], next_poll_at: { $lte: now } },
    { take: limit, order: { next_poll_at: "ASC" } }
  )) as VoucherOrderRecord[]

  const result: PollVoucherOrdersResult = {
    orders_rebought: [],
    vouchers_polled: [],
    failed: [],
    parked: [],
    skipped: 0,
  }
  const pendingByOrder = new Map<string, VoucherOrderRecord[]>()
  for (const voucher of due.filter((candidate) => candidate.status === "pending")) {
    pendingByOrder.set(voucher.order_id, [...(pendingByOrder.get(voucher.order_id) ?? []), voucher])
  }
  const work: Work[] = [
    ...[...pendingByOrder].map(([order_id, rows]): Work => ({ kind: "rebuy", order_id, due: rows })),
    ...due.filter((row) => row.status !== "pending").map((voucher): Work => ({ kind: "check", voucher })),
  ]
  const canStart = await gifting.startJobRun("ugiftme")
  const pollFailed = new Set<Work>()
  const run = await runDueRows(work, {
    concurrency: 1,
    canStart,
    task: async (item) => {
      if (item.kind === "rebuy") {
        await buyOrderVouchersWorkflow(container).run({ input: { order_id: item.order_id } })
        return
      }
      const { result: recorded } = await syncVoucherOrderWorkflow(container).run({
        input: { voucher_order_id: item.voucher.id },
      })
      if (recorded.poll_failed) pollFailed.add(item)
    },
    settle: async (item, error) => {
      if (error) {
        const what =
          item.kind === "rebuy"
            ? `retry the vouchers of order ${item.order_id}`
            : `check voucher ${item.voucher.id} with UGiftMe`
        logger.warn(`gifting: could not ${what}: ${errorText(error)}`)
      } else if (item.kind === "rebuy") result.orders_rebought.push(item.order_id)
      else result.vouchers_polled.push(item.voucher.id)
      const outcomes = await settleVouchersAfterJob(container, {
        due: item.kind === "rebuy" ? item.due : [item.voucher],
        error,
        poll_failed: pollFailed.has(item),
      })
      for (const { id, outcome } of outcomes) {
        if (outcome !== "ok") result.failed.push(id)
        if (outcome === "parked") result.parked.push(id)
      }
      if (outcomes.some(({ outcome }) => outcome === "parked")) return "parked"
      return outcomes.every(({ outcome }) => outcome === "ok") ? "ok" : "failed"
    },
  })
  result.skipped = run.skipped
  return result
}
