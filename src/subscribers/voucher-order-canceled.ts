import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderVouchersWorkflow } from "../workflows/vouchers/cancel-order-vouchers"
import { errorMessage } from "../lib/error-message"

/**
 * `order.canceled`: the order's voucher units not yet bought are cancelled
 * and never bought (see `cancelOrderVouchersWorkflow`). Should the event be
 * lost, the purchase workflow does the same the next time anything runs it
 * for the order (poll job, capture, staff).
 */
export default async function voucherOrderCanceledHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  try {
    await cancelOrderVouchersWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`gifting: could not cancel the vouchers of order ${event.data.id}: ${errorMessage(error)}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "gifting-voucher-order-canceled" },
}
