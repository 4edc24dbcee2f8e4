import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import {
  claimMessageKind,
  planClaimNotifications,
  type ClaimMessage,
} from "../../../../lib/gifting/claim-notifications"
import type { GiftOrderRecord } from "../../../../lib/gifting/gift-order-records"
import { readClaimMessageInput } from "../claim-context"
import { errorMessage } from "../../../../lib/error-message"

export type ClaimGiftMessagesInput = { gift_order_id: string; message: ClaimMessage }

export type ClaimedGiftMessages = {
  gift_order: GiftOrderRecord
  /** To send now: rows claimed by this run, or left unsent by a run that died. */
  notifications: CreateNotificationDTO[]
  /** Ledger rows of `notifications`, by idempotency key. */
  ledger: { id: string; idempotency_key: string; audience: string; channel: string }[]
  /** Ledger rows this run created (removed again if the send fails). */
  created_ids: string[]
}

function isDuplicate(error: unknown): boolean {
  return (
    (error instanceof MedusaError && error.type === MedusaError.Types.DUPLICATE_ERROR) ||
    /already exists|duplicate|unique/i.test(errorMessage(error))
  )
}

/**
 * Plans a claim-window message and claims each of its notifications in the
 * ledger (`gift_reminder`, unique idempotency key) before anything is sent:
 * a notification already sent is dropped, one claimed by a concurrent run is
 * dropped (the unique index decides), one left unsent by a crash is sent again
 * with the same key. Compensation removes the rows this run created, so a
 * failed send is retried by the next run.
 */
export const claimGiftMessagesStep = createStep(
  "claim-gift-messages",
  async ({ gift_order_id, message }: ClaimGiftMessagesInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const gift = (await gifting.retrieveGiftOrder(gift_order_id)) as GiftOrderRecord
    const result: ClaimedGiftMessages = { gift_order: gift, notifications: [], ledger: [], created_ids: [] }
    // Re-checked under the gift's lock: a gift accepted or closed meanwhile is not reminded.
    if (message.kind !== "outcome" && (gift.status !== "pending" || gift.claim_state !== "open")) {
      return new StepResponse(result, result.created_ids)
    }
    const planned = planClaimNotifications(await readClaimMessageInput(container, gift, message))
    const keys = planned.map((entry) => entry.notification.idempotency_key)
    const existing = keys.length ? await gifting.listGiftReminders({ idempotency_key: keys }) : []
    const byKey = new Map(existing.map((row) => [row.idempotency_key, row]))
    for (const { audience, notification } of planned) {
      let row = byKey.get(notification.idempotency_key)
      if (row?.sent_at) continue
      if (!row) {
        try {
          row = await gifting.createGiftReminders({
            gift_order_id,
            kind: claimMessageKind(message),
            audience,
            channel: notification.channel,
            idempotency_key: notification.idempotency_key,
          })
          result.created_ids.push(row.id)
        } catch (error) {
          if (isDuplicate(error)) continue
          throw error
        }
      }
      result.notifications.push(notification)
      result.ledger.push({
        id: row.id,
        idempotency_key: notification.idempotency_key,
        audience,
        channel: notification.channel,
      })
    }
    return new StepResponse(result, result.created_ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<GiftingModuleService>(GIFTING_MODULE).deleteGiftReminders(createdIds)
  }
)
