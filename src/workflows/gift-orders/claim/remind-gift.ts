import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { giftClaimLockKey } from "./close-gift-claim"
import { claimGiftMessagesStep } from "./steps/claim-gift-messages"
import { recordGiftMessagesSentStep } from "./steps/record-gift-messages-sent"
import { recordGiftReminderDayStep } from "./steps/record-gift-reminder-day"

export type RemindGiftInput = { gift_order_id: string; day: number; skipped_days: number[] }

export const remindGiftWorkflowId = "gifting-remind-gift"

/**
 * Sends a pending gift's reminder of one reminder day: to the recipient
 * (email, SMS) when recipient notifications are on, and to the buyer on the
 * order's email with the link to share again (`notifications.notifyBuyer`).
 * Each notification is claimed in the ledger under its own idempotency key
 * before it is sent, under the gift's claim lock: one reminder per channel
 * per day through crashes, retries and concurrent workers.
 *
 * @example
 * await remindGiftWorkflow(container).run({ input: { gift_order_id: "gift_123", day: 3, skipped_days: [] } })
 */
export const remindGiftWorkflow = createWorkflow(remindGiftWorkflowId, (input: RemindGiftInput) => {
  const lockKey = transform({ input }, ({ input }) => giftClaimLockKey(input.gift_order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const messageInput = transform({ input }, ({ input }) => ({
    gift_order_id: input.gift_order_id,
    message: { kind: "reminder" as const, day: input.day },
  }))
  const claimed = claimGiftMessagesStep(messageInput)
  const sent = sendNotificationsStep(claimed.notifications)
  const recorded = recordGiftMessagesSentStep({ claimed, sent })
  const dayInput = transform({ input, recorded }, ({ input, recorded }) => ({
    gift_order_id: input.gift_order_id,
    day: input.day,
    skipped_days: input.skipped_days,
    sent: recorded.sent,
  }))
  const result = recordGiftReminderDayStep(dayInput)
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(result)
})
