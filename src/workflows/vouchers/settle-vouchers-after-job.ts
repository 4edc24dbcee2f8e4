import type { MedusaContainer } from "@medusajs/framework/types"
import { announceParked } from "../../lib/jobs/emit-parked"
import { decideAfterFailure } from "../../lib/jobs/row-failures"
import { errorText, type DueRowOutcome } from "../../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { VOUCHER_ORDER_PARKED_EVENT } from "../../modules/gifting/voucher-events"
import { OPEN_STATUSES, type VoucherOrderRecord } from "../../lib/gifting/voucher-order-records"

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : null)

/**
 * After the poll job ran on due voucher units — whatever it did — makes sure
 * each moved on: a run that threw, reported a failed check (`poll_failed`),
 * left a unit `pending` (its purchase did not go through) or did not move its
 * `next_poll_at` counts as a failure and moves the unit forward with backoff;
 * at `jobs.parkAfterFailures` failures in a row the unit is parked (out of the
 * due set, `gifting.voucher_order.parked`). A run that went through resets
 * the count. Returns each unit's outcome.
 */
export async function settleVouchersAfterJob(
  container: MedusaContainer,
  input: { due: VoucherOrderRecord[]; error: unknown; poll_failed?: boolean }
): Promise<{ id: string; outcome: DueRowOutcome }[]> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const before = new Map(input.due.map((row) => [row.id, row]))
  const rows = (await gifting.listVoucherOrders({ id: [...before.keys()] })) as VoucherOrderRecord[]
  const parkAfter = (await gifting.getOptions()).jobs.parkAfterFailures
  const outcomes: { id: string; outcome: DueRowOutcome }[] = []
  for (const row of rows) {
    const dueBefore = time(before.get(row.id)?.next_poll_at)
    const dueAfter = time(row.next_poll_at)
    const open = OPEN_STATUSES.includes(row.status)
    const leftDue = open && dueAfter !== null && dueBefore !== null && dueAfter <= dueBefore
    const failed = Boolean(input.error || input.poll_failed || leftDue || row.status === "pending")
    if (!failed || !open || dueAfter === null) {
      if (!failed && row.job_failures) await gifting.updateVoucherOrders({ id: row.id, job_failures: 0 })
      outcomes.push({ id: row.id, outcome: failed ? "failed" : "ok" })
      continue
    }
    const now = new Date()
    const decision = decideAfterFailure({
      failures: (row.job_failures ?? 0) + 1,
      parkAfter,
      now,
      scheduledAt: new Date(dueAfter),
    })
    if (!decision.parked) {
      await gifting.updateVoucherOrders({
        id: row.id,
        job_failures: decision.job_failures,
        next_poll_at: decision.due_at,
      })
      outcomes.push({ id: row.id, outcome: "failed" })
      continue
    }
    const cause = input.error ? errorText(input.error) : row.error || "the run left it due"
    const what = row.status === "pending" ? "purchase" : "order request check"
    const reason = `${what} failed ${decision.job_failures} times in a row: ${cause}`.slice(0, 1000)
    await gifting.updateVoucherOrders({
      id: row.id,
      job_failures: decision.job_failures,
      parked_at: now,
      parked_reason: reason,
      next_poll_at: null,
    })
    await announceParked(container, VOUCHER_ORDER_PARKED_EVENT, {
      id: row.id,
      order_id: row.order_id,
      reason,
    })
    outcomes.push({ id: row.id, outcome: "parked" })
  }
  return outcomes
}
