import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { GIFT_ORDER_CREATED_EVENT } from "../../modules/gifting/events"
import { giftOrderLockKey } from "../../lib/gifting/gift-order-lock"
import { createGiftyzetOrderStep } from "./steps/create-giftyzet-order"
import { ensureGiftOrderRecordStep } from "./steps/ensure-gift-order-record"
import { loadGiftOrderSourceStep } from "./steps/load-gift-order-source"
import { recordGiftSyncStep } from "./steps/record-gift-sync"

export type SyncGiftOrderInput = { order_id: string }

export const syncGiftOrderWorkflowId = "gifting-sync-gift-order"

/**
 * Creates the Giftyzet order of a Medusa order sent as a gift, exactly once,
 * and stores its recipient link. Safe to run any number of times for the same
 * order (from `order.placed`, the retry and reconcile jobs, or staff): a lock
 * on the order id serialises runs, a synced gift is skipped, and a create
 * whose answer was lost is adopted through Giftyzet's 409. A partner failure
 * is recorded with the next attempt time; the order itself is never blocked.
 * The gift of a canceled order is never created: it ends `cancelled` with
 * nothing left to retry (the `order.canceled` subscriber runs this at once).
 *
 * Emits `gifting.gift_order.created` when the gift becomes synced.
 *
 * @example
 * const { result } = await syncGiftOrderWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 * result.gift_order?.recipient_link // "https://…/gift-receiver/…"
 */
export const syncGiftOrderWorkflow = createWorkflow(syncGiftOrderWorkflowId, (input: SyncGiftOrderInput) => {
  const source = loadGiftOrderSourceStep(input)

  const synced = when("sync-gift-when-order-is-a-gift", { source }, ({ source }) => source.is_gift).then(
    () => {
      const lockKey = transform({ input }, ({ input }) => giftOrderLockKey(input.order_id))
      acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
      const giftOrder = ensureGiftOrderRecordStep({ order_id: input.order_id })
      const payload = transform({ source }, ({ source }) => (source.is_gift ? source.payload : null))
      const refusal = transform({ source }, ({ source }) => (source.is_gift ? source.refusal : null))
      const canceled = transform({ source }, ({ source }) => source.is_gift && source.canceled)
      const outcome = createGiftyzetOrderStep({ gift_order: giftOrder, payload, refusal, canceled })
      const recorded = recordGiftSyncStep({ gift_order: giftOrder, outcome })
      releaseLockStep({ key: lockKey })
      return recorded
    }
  )

  when("emit-gift-created-when-newly-synced", { synced }, ({ synced }) => Boolean(synced?.newly_synced)).then(
    () => {
      const eventData = transform({ synced }, ({ synced }) => ({
        id: synced!.gift_order.id,
        order_id: synced!.gift_order.order_id,
      }))
      emitEventStep({ eventName: GIFT_ORDER_CREATED_EVENT, data: eventData })
    }
  )

  const result = transform({ synced, source }, ({ synced, source }) => ({
    is_gift: source.is_gift,
    gift_order: synced?.gift_order ?? null,
    newly_synced: synced?.newly_synced ?? false,
  }))
  return new WorkflowResponse(result)
})
