import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { autoSyncGiftOrder } from "../workflows/gift-orders/auto-sync-gift-order"

/**
 * Creates the Giftyzet order of an order sent as a gift right after
 * `order.placed` (`giftyzet.createOn: "placement"`, the default: the merchant
 * needs the recipient's address before shipping). See `autoSyncGiftOrder`.
 */
export default async function giftOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await autoSyncGiftOrder(container, event.data.id, "placement")
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "gifting-gift-order-placed" },
}
