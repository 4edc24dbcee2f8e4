import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"

/**
 * After payment, creates the Giftyzet order of an order sent as a gift. The
 * workflow is idempotent, so a redelivered event changes nothing; a failure
 * is recorded on the gift and retried by the `gifting-retry-gift-sync` job,
 * and an event that never arrives is healed by `gifting-reconcile-gifts`.
 */
export default async function giftOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await syncGiftOrderWorkflow(container).run({ input: { order_id: event.data.id } })
    if (result.is_gift && result.gift_order?.sync_state === "failed") {
      logger.warn(
        `gifting: the gift of order ${event.data.id} is not on Giftyzet yet (${result.gift_order.last_error}); it will be retried`
      )
    }
  } catch (error) {
    logger.error(`gifting: could not sync the gift of order ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "gifting-gift-order-placed" },
}
