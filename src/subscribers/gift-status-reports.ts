import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isGiftProviderId } from "../lib/gifting/order-kind"
import { reportGiftStatusWorkflow } from "../workflows/gift-orders/report-gift-status"
import type { ReportableGiftStatus } from "../workflows/gift-orders/steps/send-gift-status-to-giftyzet"
import { errorMessage } from "../lib/error-message"

const STATUS_BY_EVENT: Record<string, ReportableGiftStatus> = {
  "shipment.created": "dispatched",
  "delivery.created": "delivered",
}

/**
 * Reports a gift's dispatch or delivery to Giftyzet (its cancellation is the
 * `gift-order-canceled` subscriber's). The events carry a fulfillment id: only
 * fulfillments of the "Send as a gift" provider are reported. A report that
 * fails is retried by the `gifting-retry-gift-status-reports` job.
 */
export default async function giftStatusReportsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const status = STATUS_BY_EVENT[event.name]
  if (!status) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "provider_id", "order.id"],
      filters: { id: event.data.id },
    })
    const fulfillment = data[0]
    if (!isGiftProviderId(fulfillment?.provider_id) || !fulfillment.order?.id) return
    await reportGiftStatusWorkflow(container).run({ input: { order_id: fulfillment.order.id, status } })
  } catch (error) {
    logger.warn(`gifting: could not report "${status}" to Giftyzet: ${errorMessage(error)}`)
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(STATUS_BY_EVENT),
  context: { subscriberId: "gifting-gift-status-reports" },
}
