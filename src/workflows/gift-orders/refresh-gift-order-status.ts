import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GIFT_ORDER_CONFIRMED_EVENT } from "../../modules/gifting/events"
import { applyRecipientAddressStep } from "./steps/apply-recipient-address"
import { fetchGiftyzetOrderStep } from "./steps/fetch-giftyzet-order"
import { recordGiftStatusStep } from "./steps/record-gift-status"

export type RefreshGiftOrderStatusInput = { gift_order_id: string }

export const refreshGiftOrderStatusWorkflowId = "gifting-refresh-gift-order-status"

/**
 * Asks Giftyzet where a gift stands (Giftyzet sends no webhooks) and stores
 * the answer. When the recipient has just confirmed, stores their details,
 * emits `gifting.gift_order.confirmed` and, if the merchant enabled it, puts
 * their address on the order. Run by the poll job and by staff ("Refresh").
 * One refresh of a gift at a time (a lock on the gift, shared across the
 * store's processes with a shared locking provider): a staff refresh racing
 * the poll cannot both see the confirmation as new and emit it twice.
 *
 * @example
 * const { result } = await refreshGiftOrderStatusWorkflow(container).run({
 *   input: { gift_order_id: "gift_123" },
 * })
 * result.gift_order?.status // "confirmed"
 */
export const refreshGiftOrderStatusWorkflow = createWorkflow(
  refreshGiftOrderStatusWorkflowId,
  (input: RefreshGiftOrderStatusInput) => {
    const lockKey = transform({ input }, ({ input }) => `gifting:gift-status:${input.gift_order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const fetched = fetchGiftyzetOrderStep(input)
    const recorded = recordGiftStatusStep(fetched)

    when("on-gift-confirmed", { recorded }, ({ recorded }) => recorded.newly_confirmed).then(() => {
      const eventData = transform({ recorded }, ({ recorded }) => ({
        id: recorded.gift_order!.id,
        order_id: recorded.gift_order!.order_id,
      }))
      emitEventStep({ eventName: GIFT_ORDER_CONFIRMED_EVENT, data: eventData })
      const giftOrder = transform({ recorded }, ({ recorded }) => recorded.gift_order!)
      applyRecipientAddressStep({ gift_order: giftOrder })
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(recorded)
  }
)
