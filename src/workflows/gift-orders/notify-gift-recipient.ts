import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planRecipientNotificationsStep } from "./steps/plan-recipient-notifications"

export type NotifyGiftRecipientInput = { gift_order_id: string }

export const notifyGiftRecipientWorkflowId = "gifting-notify-gift-recipient"

/**
 * Sends a gift's recipient link to its recipient through Medusa's
 * Notification Module: by email, and by SMS when they gave a phone number,
 * each where the store has a provider for the channel (plugin option
 * `notifications.notifyRecipient`; templates `notifications.emailTemplate`
 * and `notifications.smsTemplate`). Every notification carries an
 * idempotency key per gift and channel, and runs for the same gift are
 * serialised by a lock, so a retried or replayed event never sends twice.
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

    const created = when(
      "send-recipient-link-when-planned",
      { plan },
      ({ plan }) => plan.notifications.length > 0
    ).then(() => {
      const lockKey = transform(
        { input },
        ({ input }) => `gifting:recipient-notification:${input.gift_order_id}`
      )
      acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
      const notifications = sendNotificationsStep(plan.notifications)
      releaseLockStep({ key: lockKey })
      return notifications
    })

    const result = transform({ plan, created }, ({ plan, created }) => ({
      planned: plan.notifications.map((notification) => notification.channel),
      sent: (created ?? []).length,
      notification_ids: (created ?? []).map((notification) => notification.id),
      skipped: plan.skipped,
    }))
    return new WorkflowResponse(result)
  }
)
