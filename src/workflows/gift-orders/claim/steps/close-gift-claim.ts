import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { decideClaimClose, type ClaimCloseTrigger } from "../../../../lib/gifting/claim-decisions"
import type { ClaimMessage } from "../../../../lib/gifting/claim-notifications"
import {
  appendTimeline,
  type GiftClaimOutcome,
  type GiftTimelineEntry,
} from "../../../../lib/gifting/claim-timeline"
import type { GiftOrderRecord } from "../../../../lib/gifting/gift-order-records"
import { readClaimOrder } from "../claim-context"

export type CloseGiftClaimInput = {
  gift_order_id: string
  trigger: ClaimCloseTrigger
  /** Staff's choice (trigger "staff"); otherwise `giftyzet.onExpiry`. */
  outcome?: GiftClaimOutcome
}

export type ClosedGiftClaim = {
  gift_order: GiftOrderRecord
  changed: boolean
  event: "expired" | "declined" | null
  cancel_order: boolean
  /** The buyer's notice, when they are told. */
  message: ClaimMessage | null
}

type Previous = Pick<
  GiftOrderRecord,
  "id" | "claim_state" | "claim_outcome" | "claim_next_at" | "claim_timeline" | "next_poll_at"
>

/**
 * Ends a gift's claim window: expired (deadline), declined (Giftyzet said
 * `cancelled`, not at the store's request) or closed by staff, with the
 * outcome taken. Polling and the claim-window job stop looking at the gift.
 * Refuses (400) what no longer applies; a repeat is "unchanged". Compensation
 * puts the window back, so a failed cancellation is retried.
 */
export const closeGiftClaimStep = createStep(
  "close-gift-claim",
  async ({ gift_order_id, trigger, outcome }: CloseGiftClaimInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const gift = (await gifting.retrieveGiftOrder(gift_order_id)) as GiftOrderRecord
    const [options, now, order] = await Promise.all([
      gifting.getOptions(),
      gifting.now(),
      readClaimOrder(container, gift.order_id),
    ])
    const decision = decideClaimClose({
      gift,
      trigger,
      outcome: outcome ?? options.giftyzet.onExpiry,
      now,
      order_canceled: order.canceled,
    })
    if (decision.kind === "refused") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, decision.reason)
    }
    if (decision.kind === "unchanged") {
      return new StepResponse<ClosedGiftClaim, Previous | null>(
        { gift_order: gift, changed: false, event: null, cancel_order: false, message: null },
        null
      )
    }
    const previous: Previous = {
      id: gift.id,
      claim_state: gift.claim_state,
      claim_outcome: gift.claim_outcome,
      claim_next_at: gift.claim_next_at,
      claim_timeline: gift.claim_timeline,
      next_poll_at: gift.next_poll_at,
    }
    const at = now.toISOString()
    const actor: GiftTimelineEntry["actor"] = trigger === "staff" ? "staff" : "system"
    const updated = (await gifting.updateGiftOrders({
      id: gift.id,
      claim_state: decision.state,
      claim_outcome: decision.outcome,
      claim_next_at: null,
      next_poll_at: null,
      claim_timeline: appendTimeline(gift.claim_timeline, [
        ...(decision.state !== gift.claim_state ? [{ at, type: decision.state, actor }] : []),
        ...(decision.outcome ? [{ at, type: "outcome" as const, actor, detail: decision.outcome }] : []),
      ]),
    })) as GiftOrderRecord
    return new StepResponse<ClosedGiftClaim, Previous | null>(
      {
        gift_order: updated,
        changed: true,
        event: decision.event,
        cancel_order: decision.cancel_order,
        message:
          decision.tell_buyer && decision.outcome
            ? { kind: "outcome", state: decision.state, outcome: decision.outcome }
            : null,
      },
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<GiftingModuleService>(GIFTING_MODULE).updateGiftOrders(previous)
  }
)
