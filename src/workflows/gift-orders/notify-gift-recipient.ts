import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHash } from "node:crypto"
import { limitRecipientNotificationsStep } from "./steps/limit-recipient-notifications"
import { planRecipientNotificationsStep } from "./steps/plan-recipient-notifications"

export type NotifyGiftRecipientInput = { gift_order_id: string }

export const notifyGiftRecipientWorkflowId = "gifting-notify-gift-recipient"

/**
 * Sends a gift's recipient link to its recipient through Medusa's
 * Notification Module: by email, and by SMS when they gave a mobile number of
 * a country the store's regions ship to, each where the store has a provider
 * for the channel (plugin option `notifications.notifyRecipient`; templates
 * `notifications.emailTemplate` and `notifications.smsTemplate`). At most
 * `notifications.maxRecipientMessagesPerBuyerPerDay` messages go out for one
 * buyer email in 24 hours. Every notification carries an idempotency key per
 * gift and channel, and runs for the same buyer are serialised by a lock, so a
 * retried or replayed event never sends twice and the cap is not overrun.
 *
 * Runs on `gifting.gift_order.created`.
 *
 * @example
 * const { result } = await notifyGiftRecipientWorkflow(container).run({
 *   input: { gift_order_id: "gift_123" },
 * })
 * result.sent // notifications sent by this run (0 when they had been sent before)
 */
export const notifyGiftRecipientWorkflow = createWorkflow(
  notifyGiftRecipientWorkflowId,
  (input: NotifyGiftRecipientInput) => {
    const plan = planRecipientNotificationsStep(input)

    const sending = when(
      "send-recipient-link-when-planned",
      { plan },
      ({ plan }) => plan.notifications.length > 0
    ).then(() => {
      // One lock per buyer: it serialises the runs of one gift (same buyer) and the
      // daily cap's count-then-send across all of that buyer's gifts.
      const lockKey = transform({ input, plan }, ({ input, plan }) =>
        recipientNotificationLockKey(plan.buyer_email, input.gift_order_id)
      )
      acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
      const limited = limitRecipientNotificationsStep({ gift_order_id: input.gift_order_id, plan })
      const notifications = sendNotificationsStep(limited.notifications)
      releaseLockStep({ key: lockKey })
      return { limited, notifications }
    })

    const result = transform({ plan, sending }, ({ plan, sending }) => {
      const final = sending?.limited ?? plan
      return {
        planned: final.notifications.map((notification) => notification.channel),
        sent: (sending?.notifications ?? []).length,
        notification_ids: (sending?.notifications ?? []).map((notification) => notification.id),
        skipped: final.skipped,
      }
    })
    return new WorkflowResponse(result)
  }
)

/** The lock of a buyer's recipient messages: a hash of their email (no address in lock keys), else the gift's own. */
function recipientNotificationLockKey(buyerEmail: string | null, giftOrderId: string): string {
  return buyerEmail
    ? `gifting:recipient-notification:buyer:${createHash("sha256").update(buyerEmail).digest("hex")}`
    : `gifting:recipient-notification:${giftOrderId}`
}
