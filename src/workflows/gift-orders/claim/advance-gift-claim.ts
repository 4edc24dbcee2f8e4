import type { MedusaContainer } from "@medusajs/framework/types"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { claimStepAt, claimWindowOf } from "../../../lib/gifting/claim-schedule"
import { appendTimeline } from "../../../lib/gifting/claim-timeline"
import { refreshGiftOrderStatusWorkflow } from "../refresh-gift-order-status"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"
import { closeGiftClaimWorkflow } from "./close-gift-claim"
import { remindGiftWorkflow } from "./remind-gift"
import { remindedDaysOf } from "./steps/record-gift-reminder-day"

export type ClaimAdvance = "claimed" | "declined" | "expired" | "reminded" | "waiting" | "none"

const ACCEPTED = new Set(["confirmed", "dispatched", "delivered"])

/**
 * Does what is due for one gift whose claim window is open, at `now` (the
 * claim clock): closes the window of a gift the recipient accepted; treats a
 * `cancelled` from Giftyzet as a decline; at the deadline polls Giftyzet one
 * last time (a confirmation that arrived meanwhile wins) and expires the gift;
 * otherwise sends the reminder due, or schedules the next look. Each change
 * runs in a workflow under the gift's claim lock.
 */
export async function advanceGiftClaim(
  container: MedusaContainer,
  giftOrderId: string,
  lastPollDone = false
): Promise<ClaimAdvance> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const gift = (await gifting.retrieveGiftOrder(giftOrderId)) as GiftOrderRecord
  if (gift.claim_state !== "open") return "none"
  const now = await gifting.now()
  if (ACCEPTED.has(gift.status)) {
    await gifting.updateGiftOrders({
      id: gift.id,
      claim_state: "claimed",
      claim_next_at: null,
      claim_timeline: appendTimeline(gift.claim_timeline, [
        { at: now.toISOString(), type: "claimed", actor: "system" },
      ]),
    })
    return "claimed"
  }
  if (gift.status === "cancelled") {
    await closeGiftClaimWorkflow(container).run({ input: { gift_order_id: gift.id, trigger: "decline" } })
    return "declined"
  }
  const { giftyzet } = await gifting.getOptions()
  const window = claimWindowOf(gift, giftyzet.reminderDays, await remindedDaysOf(gifting, gift.id))
  if (!window) {
    await gifting.updateGiftOrders({ id: gift.id, claim_next_at: null })
    return "none"
  }
  const step = claimStepAt(window, now)
  if (step.kind === "expire") {
    if (!lastPollDone && gift.sync_state === "synced") {
      await refreshGiftOrderStatusWorkflow(container).run({ input: { gift_order_id: gift.id } })
      return advanceGiftClaim(container, giftOrderId, true)
    }
    await closeGiftClaimWorkflow(container).run({ input: { gift_order_id: gift.id, trigger: "deadline" } })
    return "expired"
  }
  if (step.kind === "remind") {
    await remindGiftWorkflow(container).run({
      input: { gift_order_id: gift.id, day: step.day, skipped_days: step.skipped_days },
    })
    return "reminded"
  }
  await gifting.updateGiftOrders({ id: gift.id, claim_next_at: step.next_at })
  return "waiting"
}
