import type { MedusaContainer } from "@medusajs/framework/types"
import { announceParked } from "../../lib/jobs/emit-parked"
import { decideAfterFailure } from "../../lib/jobs/row-failures"
import { errorText, type DueRowOutcome } from "../../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../../modules/gifting"
import { GIFT_ORDER_PARKED_EVENT } from "../../modules/gifting/events"
import type GiftingModuleService from "../../modules/gifting/service"
import type { GiftOrderRecord } from "../../lib/gifting/gift-order-records"

/** Which job ran on the gift: the status poll or the creation retry. */
export type GiftJobKind = "poll" | "retry"

const DUE_AT = { poll: "next_poll_at", retry: "next_attempt_at" } as const
const WHAT = { poll: "status poll", retry: "creation retry" } as const

/**
 * After a job ran on a gift — whatever it did — makes sure the gift moved on:
 * a run that threw, recorded an error (`last_error` after a poll, `failed`
 * after a creation retry) or left the gift due counts as a failure and moves
 * the gift forward with backoff; at `jobs.parkAfterFailures` failures in a row
 * the gift is parked (out of the due set, `gifting.gift_order.parked`). A run
 * that went through resets the count.
 */
export async function settleGiftAfterJob(
  container: MedusaContainer,
  input: { kind: GiftJobKind; filter: { id: string } | { order_id: string }; error: unknown }
): Promise<DueRowOutcome> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const [gift] = (await gifting.listGiftOrders(input.filter, { take: 1 })) as GiftOrderRecord[]
  if (!gift) return input.error ? "failed" : "ok"
  const now = new Date()
  const field = DUE_AT[input.kind]
  const dueAt = gift[field] ? new Date(gift[field] as Date) : null
  const recordedError =
    input.kind === "poll" ? gift.last_error : gift.sync_state === "failed" && gift.last_error
  const failed = Boolean(input.error || recordedError || (dueAt && dueAt <= now))
  if (!failed) {
    if (gift.job_failures) await gifting.updateGiftOrders({ id: gift.id, job_failures: 0 })
    return "ok"
  }
  // The run took the gift out of the due set itself (e.g. a refused creation waits for staff).
  if (!input.error && !dueAt) return "failed"
  const decision = decideAfterFailure({
    failures: (gift.job_failures ?? 0) + 1,
    parkAfter: (await gifting.getOptions()).jobs.parkAfterFailures,
    now,
    scheduledAt: dueAt,
  })
  if (!decision.parked) {
    await gifting.updateGiftOrders({
      id: gift.id,
      job_failures: decision.job_failures,
      [field]: decision.due_at,
    })
    return "failed"
  }
  const cause = input.error ? errorText(input.error) : recordedError || "the run left it due"
  const reason = `${WHAT[input.kind]} failed ${decision.job_failures} times in a row: ${cause}`.slice(0, 1000)
  await gifting.updateGiftOrders({
    id: gift.id,
    job_failures: decision.job_failures,
    parked_at: now,
    parked_reason: reason,
    [field]: null,
  })
  await announceParked(container, GIFT_ORDER_PARKED_EVENT, { id: gift.id, order_id: gift.order_id, reason })
  return "parked"
}
