import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RESUMED } from "../../../lib/jobs/row-failures"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { isPollingDone, nextPollAt } from "../gift-sync-schedule"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"
import type { FetchedGiftyzetOrder } from "./fetch-giftyzet-order"

export type RecordGiftStatusResult = {
  gift_order: GiftOrderRecord | null
  newly_confirmed: boolean
}

/**
 * Stores what Giftyzet said: status, and once confirmed the recipient's
 * details; schedules the next poll by the gift's age (none once the gift left
 * `pending`). A failed read only moves the next poll.
 */
export const recordGiftStatusStep = createStep(
  "record-gift-status",
  async (fetched: FetchedGiftyzetOrder, { container }) => {
    if (fetched.kind === "skipped") {
      return new StepResponse<RecordGiftStatusResult>({
        gift_order: fetched.gift_order,
        newly_confirmed: false,
      })
    }
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const now = new Date()
    const giftOrder = fetched.gift_order
    const createdAt = new Date(giftOrder.created_at)
    if (fetched.kind === "failed") {
      const updated = (await gifting.updateGiftOrders({
        id: giftOrder.id,
        last_polled_at: now,
        last_error: fetched.error.slice(0, 1000),
        next_poll_at: nextPollAt(createdAt, now),
      })) as GiftOrderRecord
      return new StepResponse<RecordGiftStatusResult>({ gift_order: updated, newly_confirmed: false })
    }
    const { partner } = fetched
    const wasConfirmed = Boolean(giftOrder.confirmed_at)
    const confirmed = partner.status !== "pending" && partner.status !== "cancelled"
    const updated = (await gifting.updateGiftOrders({
      id: giftOrder.id,
      status: partner.status,
      last_polled_at: now,
      last_error: null,
      ...RESUMED,
      next_poll_at: isPollingDone(partner.status) ? null : nextPollAt(createdAt, now),
      // Cancelled on Giftyzet while pending: the claim-window job decides at once whether it is a decline.
      ...(partner.status === "cancelled" && giftOrder.status === "pending" && giftOrder.claim_state === "open"
        ? { claim_next_at: now }
        : {}),
      ...(partner.recipient_link && !giftOrder.recipient_link
        ? { recipient_link: partner.recipient_link }
        : {}),
      ...(confirmed
        ? {
            recipient_name: partner.receiver.name,
            recipient_email: partner.receiver.email,
            recipient_phone: partner.receiver.phone,
            recipient_address: partner.receiver.address,
            confirmed_at: partner.confirmed_at
              ? new Date(partner.confirmed_at)
              : (giftOrder.confirmed_at ?? now),
          }
        : {}),
    })) as GiftOrderRecord
    return new StepResponse<RecordGiftStatusResult>({
      gift_order: updated,
      newly_confirmed: confirmed && !wasConfirmed,
    })
  }
)
