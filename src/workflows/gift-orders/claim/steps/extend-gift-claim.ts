import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { extendRefusal } from "../../../../lib/gifting/claim-decisions"
import { claimWindowOf, extendedDeadline, nextClaimCheckAt } from "../../../../lib/gifting/claim-schedule"
import { appendTimeline, timelineOf } from "../../../../lib/gifting/claim-timeline"
import { nextPollAt } from "../../gift-sync-schedule"
import type { GiftOrderRecord } from "../../../../lib/gifting/gift-order-records"
import { remindedDaysOf } from "./record-gift-reminder-day"

export type ExtendGiftClaimInput = { gift_order_id: string; days: number; idempotency_key: string }

type Previous = Pick<
  GiftOrderRecord,
  | "id"
  | "claim_state"
  | "claim_outcome"
  | "claim_deadline"
  | "claim_next_at"
  | "claim_timeline"
  | "next_poll_at"
>

/**
 * Staff's "Extend": moves the deadline `days` later (from now when it already
 * passed) and reopens a window that expired with `notify_staff`, polling
 * again. A request repeated with the same idempotency key changes nothing.
 */
export const extendGiftClaimStep = createStep(
  "extend-gift-claim",
  async ({ gift_order_id, days, idempotency_key }: ExtendGiftClaimInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const gift = (await gifting.retrieveGiftOrder(gift_order_id)) as GiftOrderRecord
    if (timelineOf(gift.claim_timeline).some((entry) => entry.key === idempotency_key)) {
      return new StepResponse<GiftOrderRecord, Previous | null>(gift, null)
    }
    const refusal = extendRefusal(gift)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const now = await gifting.now()
    const { giftyzet } = await gifting.getOptions()
    const deadline = extendedDeadline(gift.claim_deadline ? new Date(gift.claim_deadline) : null, days, now)
    const startedAt = gift.claim_started_at ?? now
    const window = claimWindowOf(
      { claim_started_at: startedAt, claim_deadline: deadline },
      giftyzet.reminderDays,
      await remindedDaysOf(gifting, gift_order_id)
    )
    const previous: Previous = {
      id: gift.id,
      claim_state: gift.claim_state,
      claim_outcome: gift.claim_outcome,
      claim_deadline: gift.claim_deadline,
      claim_next_at: gift.claim_next_at,
      claim_timeline: gift.claim_timeline,
      next_poll_at: gift.next_poll_at,
    }
    const updated = (await gifting.updateGiftOrders({
      id: gift.id,
      claim_started_at: startedAt,
      claim_deadline: deadline,
      claim_state: "open",
      claim_outcome: null,
      claim_next_at: window ? nextClaimCheckAt(window, now) : deadline,
      next_poll_at: gift.next_poll_at ?? nextPollAt(new Date(gift.created_at), now),
      claim_timeline: appendTimeline(gift.claim_timeline, [
        {
          at: now.toISOString(),
          type: "extended",
          actor: "staff",
          detail: `${days} day(s), until ${deadline.toISOString()}`,
          key: idempotency_key,
        },
      ]),
    })) as GiftOrderRecord
    return new StepResponse<GiftOrderRecord, Previous | null>(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<GiftingModuleService>(GIFTING_MODULE).updateGiftOrders(previous)
  }
)
