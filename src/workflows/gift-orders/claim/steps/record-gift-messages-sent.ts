import type { NotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import type { ClaimedGiftMessages } from "./claim-gift-messages"

/** What the Notification Module returns for a created notification (its DTO type omits the key). */
type SentNotification = NotificationDTO & { idempotency_key?: string | null }

export type RecordGiftMessagesSentInput = {
  claimed: ClaimedGiftMessages
  sent: NotificationDTO[] | undefined
}

/**
 * Marks the ledger rows sent, with the notification that carried each. A
 * notification the Notification Module had already sent under the same key
 * (a run that died after sending) is not returned again: its row is marked
 * sent too.
 */
export const recordGiftMessagesSentStep = createStep(
  "record-gift-messages-sent",
  async ({ claimed, sent }: RecordGiftMessagesSentInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const now = new Date()
    const byKey = new Map(
      ((sent ?? []) as SentNotification[]).map((notification) => [notification.idempotency_key, notification])
    )
    if (claimed.ledger.length > 0) {
      await gifting.updateGiftReminders(
        claimed.ledger.map((row) => ({
          id: row.id,
          sent_at: now,
          notification_id: byKey.get(row.idempotency_key)?.id ?? null,
        }))
      )
    }
    return new StepResponse({
      sent: claimed.ledger.map((row) => `${row.audience}:${row.channel}`),
    })
  }
)
