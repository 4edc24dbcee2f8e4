import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { giftClaimLockKey } from "./close-gift-claim"
import { claimGiftMessagesStep } from "./steps/claim-gift-messages"
import { recordGiftLinkResentStep } from "./steps/record-gift-link-resent"
import { recordGiftMessagesSentStep } from "./steps/record-gift-messages-sent"

export const resendGiftLinkWorkflowId = "gifting-resend-gift-link"

export type ResendGiftLinkInput = { gift_order_id: string; idempotency_key: string }

/**
 * Staff's "Resend link": a new notification of the same recipient link
 * (never a new Giftyzet order), by email and SMS where the store has
 * providers. One send per idempotency key.
 *
 * @example
 * await resendGiftLinkWorkflow(container).run({ input: { gift_order_id: "gift_123", idempotency_key: "c0ffee" } })
 */
export const resendGiftLinkWorkflow = createWorkflow(
  resendGiftLinkWorkflowId,
  (input: ResendGiftLinkInput) => {
    const lockKey = transform({ input }, ({ input }) => giftClaimLockKey(input.gift_order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const messageInput = transform({ input }, ({ input }) => ({
      gift_order_id: input.gift_order_id,
      message: { kind: "resend" as const, key: input.idempotency_key },
    }))
    const claimed = claimGiftMessagesStep(messageInput)
    const sent = sendNotificationsStep(claimed.notifications)
    const recorded = recordGiftMessagesSentStep({ claimed, sent })
    const resentInput = transform({ input, recorded }, ({ input, recorded }) => ({
      gift_order_id: input.gift_order_id,
      idempotency_key: input.idempotency_key,
      sent: recorded.sent,
    }))
    const gift = recordGiftLinkResentStep(resentInput)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(gift)
  }
)
