import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { orderIdOfPayment } from "../lib/order-payment"
import { autoSyncGiftOrder } from "../workflows/gift-orders/auto-sync-gift-order"
import { autoBuyOrderVouchers } from "../workflows/vouchers/auto-buy-order-vouchers"
import { errorMessage } from "../lib/error-message"

/**
 * `payment.captured` carries the payment's id: the order is the one linked to
 * its payment collection. Buys the order's vouchers (`ugiftme.purchaseOn:
 * "capture"`, the default) and creates its gift on Giftyzet
 * (`giftyzet.createOn: "capture"`). Both workflows check the capture
 * themselves and are idempotent, so a partial capture or a redelivered event
 * buys and creates nothing twice.
 */
export default async function paymentCapturedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let orderId: string | null
  try {
    orderId = await orderIdOfPayment(container, event.data.id)
  } catch (error) {
    logger.error(`gifting: could not find the order of payment ${event.data.id}: ${errorMessage(error)}`)
    return
  }
  if (!orderId) return
  await autoBuyOrderVouchers(container, orderId, "capture")
  await autoSyncGiftOrder(container, orderId, "capture")
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "gifting-payment-captured" },
}
