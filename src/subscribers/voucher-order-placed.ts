import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { autoBuyOrderVouchers } from "../workflows/vouchers/auto-buy-order-vouchers"

/**
 * With `ugiftme.purchaseOn: "placement"` only: buys the order's UGiftMe
 * vouchers and fulfils them right after `order.placed`, before the payment
 * is captured (see `autoBuyOrderVouchers`). Under the default "capture" the
 * `payment-captured` subscriber buys them.
 */
export default async function voucherOrderPlacedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await autoBuyOrderVouchers(container, event.data.id, "placement")
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "gifting-voucher-order-placed" },
}
