import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reportGiftStatusWorkflow } from "../workflows/gift-orders/report-gift-status"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"
import { errorMessage } from "../lib/error-message"

/**
 * `order.canceled` for a gift, in this order:
 * 1. the sync workflow, which on a canceled order creates nothing: a gift not
 *    on Giftyzet yet (waiting, or failing and due for a retry) ends
 *    `cancelled` at once, and a creation in flight is waited for (the gift's
 *    lock);
 * 2. a gift that is on Giftyzet is reported `cancelled` there. A report that
 *    fails is retried with backoff by the `gifting-retry-gift-status-reports`
 *    job until Giftyzet acknowledges it or says it does not support reports.
 */
export default async function giftOrderCanceledHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderId = event.data.id
  try {
    const { result } = await syncGiftOrderWorkflow(container).run({ input: { order_id: orderId } })
    if (!result.is_gift || result.gift_order?.sync_state !== "synced") return
    await reportGiftStatusWorkflow(container).run({ input: { order_id: orderId, status: "cancelled" } })
  } catch (error) {
    logger.warn(`gifting: could not settle the gift of canceled order ${orderId}: ${errorMessage(error)}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "gifting-gift-order-canceled" },
}
