import {
  acquireLockStep,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GIFT_ORDER_DECLINED_EVENT, GIFT_ORDER_EXPIRED_EVENT } from "../../../modules/gifting/events"
import type { ClaimMessage } from "../../../lib/gifting/claim-notifications"
import { claimGiftMessagesStep } from "./steps/claim-gift-messages"
import { closeGiftClaimStep, type CloseGiftClaimInput } from "./steps/close-gift-claim"
import { recordGiftMessagesSentStep } from "./steps/record-gift-messages-sent"

export const closeGiftClaimWorkflowId = "gifting-close-gift-claim"

/** The lock every claim-window change of a gift takes (reminders, expiry, staff actions). */
export function giftClaimLockKey(giftOrderId: string): string {
  return `gifting:gift-claim:${giftOrderId}`
}

/**
 * Ends a gift's claim window and takes its outcome, exactly once:
 * - marks it `expired`, `declined` or closed by staff, with the outcome;
 * - emits `gifting.gift_order.expired` / `gifting.gift_order.declined`;
 * - `cancel_and_refund`: cancels the Medusa order with `cancelOrderWorkflow`,
 *   which refunds the captured payment and cancels an uncaptured one; the
 *   `order.canceled` event then tells Giftyzet `cancelled`;
 * - tells the buyer (ship_to_buyer, cancel_and_refund) through the ledger.
 * Under the gift's claim lock; a second run finds the outcome taken and does
 * nothing, so there is one refund. When the cancellation fails, the window is
 * put back and the next run tries again.
 *
 * @example
 * await closeGiftClaimWorkflow(container).run({
 *   input: { gift_order_id: "gift_123", trigger: "staff", outcome: "cancel_and_refund" },
 * })
 */
export const closeGiftClaimWorkflow = createWorkflow(
  closeGiftClaimWorkflowId,
  (input: CloseGiftClaimInput) => {
    const lockKey = transform({ input }, ({ input }) => giftClaimLockKey(input.gift_order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const closed = closeGiftClaimStep(input)
    const eventData = transform({ closed }, ({ closed }) => ({
      id: closed.gift_order.id,
      order_id: closed.gift_order.order_id,
      outcome: closed.gift_order.claim_outcome,
    }))

    when("on-gift-expired", { closed }, ({ closed }) => closed.event === "expired").then(() => {
      emitEventStep({ eventName: GIFT_ORDER_EXPIRED_EVENT, data: eventData }).config({
        name: "emit-gift-expired",
      })
    })
    when("on-gift-declined", { closed }, ({ closed }) => closed.event === "declined").then(() => {
      emitEventStep({ eventName: GIFT_ORDER_DECLINED_EVENT, data: eventData }).config({
        name: "emit-gift-declined",
      })
    })
    when("cancel-gift-order", { closed }, ({ closed }) => closed.cancel_order).then(() => {
      const cancelInput = transform({ closed }, ({ closed }) => ({ order_id: closed.gift_order.order_id }))
      cancelOrderWorkflow.runAsStep({ input: cancelInput })
    })
    when("tell-buyer-outcome", { closed }, ({ closed }) => closed.message !== null).then(() => {
      const messageInput = transform({ closed }, ({ closed }) => ({
        gift_order_id: closed.gift_order.id,
        message: closed.message as ClaimMessage,
      }))
      const claimed = claimGiftMessagesStep(messageInput)
      const sent = sendNotificationsStep(claimed.notifications)
      recordGiftMessagesSentStep({ claimed, sent })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(closed)
  }
)
