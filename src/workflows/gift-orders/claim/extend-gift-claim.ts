import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { giftClaimLockKey } from "./close-gift-claim"
import { extendGiftClaimStep, type ExtendGiftClaimInput } from "./steps/extend-gift-claim"

export const extendGiftClaimWorkflowId = "gifting-extend-gift-claim"

/**
 * Staff's "Extend": the deadline moves `days` later, under the gift's claim
 * lock; the same idempotency key twice extends once.
 *
 * @example
 * await extendGiftClaimWorkflow(container).run({
 *   input: { gift_order_id: "gift_123", days: 7, idempotency_key: "c0ffee" },
 * })
 */
export const extendGiftClaimWorkflow = createWorkflow(
  extendGiftClaimWorkflowId,
  (input: ExtendGiftClaimInput) => {
    const lockKey = transform({ input }, ({ input }) => giftClaimLockKey(input.gift_order_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const gift = extendGiftClaimStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(gift)
  }
)
