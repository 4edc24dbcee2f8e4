import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RESUMED } from "../../../lib/jobs/row-failures"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { openClaimWindow } from "../../../lib/gifting/claim-schedule"
import { nextPollAt, nextSyncAttemptAt } from "../gift-sync-schedule"
import type { GiftOrderRecord, GiftyzetCreateOutcome } from "../../../lib/gifting/gift-order-records"

/** Why a gift never reached Giftyzet when its order was canceled first. */
export const CANCELED_BEFORE_SYNC =
  "Not sent to Giftyzet: the order was canceled before the gift was created."

export type RecordGiftSyncInput = {
  gift_order: GiftOrderRecord
  outcome: GiftyzetCreateOutcome
}

export type RecordGiftSyncResult = {
  gift_order: GiftOrderRecord
  newly_synced: boolean
}

/**
 * Writes what the create attempt ended with: the Giftyzet ids and recipient
 * link, or the failure with the next attempt time, or that the order was
 * canceled first: the gift ends `cancelled`, with no retry, poll or claim
 * window due. No compensation: a gift that exists on Giftyzet stays recorded
 * whatever happens after.
 */
export const recordGiftSyncStep = createStep(
  "record-gift-sync",
  async ({ gift_order, outcome }: RecordGiftSyncInput, { container }) => {
    if (outcome.kind === "already_synced") {
      return new StepResponse<RecordGiftSyncResult>({ gift_order, newly_synced: false })
    }
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    if (outcome.kind === "canceled") {
      const canceled = (await gifting.updateGiftOrders({
        id: gift_order.id,
        status: "cancelled",
        sync_state: "failed",
        last_error: CANCELED_BEFORE_SYNC,
        next_attempt_at: null,
        next_poll_at: null,
        claim_state: "closed",
        claim_next_at: null,
      })) as GiftOrderRecord
      return new StepResponse<RecordGiftSyncResult>({ gift_order: canceled, newly_synced: false })
    }
    const now = new Date()
    const attempts = (gift_order.sync_attempts ?? 0) + 1
    const update =
      outcome.kind === "failed"
        ? {
            id: gift_order.id,
            sync_state: "failed" as const,
            sync_attempts: attempts,
            last_error: outcome.error.slice(0, 1000),
            next_attempt_at: nextSyncAttemptAt(attempts, now, outcome.retryable),
          }
        : {
            id: gift_order.id,
            sync_state: "synced" as const,
            sync_attempts: attempts,
            last_error: null,
            ...RESUMED,
            next_attempt_at: null,
            giftyzet_order_id: outcome.giftyzet_order_id,
            order_number: outcome.order_number,
            recipient_link: outcome.recipient_link,
            status: outcome.status,
            next_poll_at: nextPollAt(now, now),
            // The claim window starts now, on the claim clock (see docs/gift-lifecycle.md).
            ...(outcome.status === "pending" && !gift_order.claim_deadline
              ? openClaimWindow(await gifting.now(), (await gifting.getOptions()).giftyzet)
              : {}),
          }
    const updated = (await gifting.updateGiftOrders(update)) as GiftOrderRecord
    return new StepResponse<RecordGiftSyncResult>({
      gift_order: updated,
      newly_synced: outcome.kind !== "failed",
    })
  }
)
