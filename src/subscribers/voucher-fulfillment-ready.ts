import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VOUCHER_FULFILLMENT_READY_EVENT } from "../modules/gifting/voucher-events"
import { completeVoucherFulfillmentWorkflow } from "../workflows/vouchers/complete-voucher-fulfillment"
import { errorMessage } from "../lib/error-message"

/**
 * Every voucher of a UGiftMe fulfillment succeeded: mark it shipped and
 * delivered through Medusa's workflows. Idempotent (a fulfillment already
 * delivered is left alone).
 */
export default async function voucherFulfillmentReadyHandler({
  event,
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  try {
    await completeVoucherFulfillmentWorkflow(container).run({ input: event.data })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `gifting: could not mark voucher fulfillment ${event.data.fulfillment_id} delivered: ${errorMessage(error)}`
      )
  }
}

export const config: SubscriberConfig = {
  event: VOUCHER_FULFILLMENT_READY_EVENT,
  context: { subscriberId: "gifting-voucher-fulfillment-ready" },
}
