import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../modules/gifting"
import { GIFT_ORDER_CREATED_EVENT } from "../modules/gifting/events"
import type GiftingModuleService from "../modules/gifting/service"
import { notifyGiftRecipientWorkflow } from "../workflows/gift-orders/notify-gift-recipient"
import { errorMessage } from "../lib/error-message"

/**
 * When the merchant turned it on (`notifications.notifyRecipient`), sends the
 * recipient link to the recipient as soon as the Giftyzet order exists. The
 * workflow's idempotency keys make a redelivered event send nothing more; a
 * failed send is logged and sent again on the next delivery of the event.
 */
export default async function giftRecipientNotificationHandler({
  event,
  container,
}: SubscriberArgs<{ id: string; order_id: string }>) {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  if (!(await gifting.getOptions()).notifications.notifyRecipient) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await notifyGiftRecipientWorkflow(container).run({
      input: { gift_order_id: event.data.id },
    })
    if (result.sent > 0) {
      logger.info(
        `gifting: sent the recipient link of order ${event.data.order_id} (${result.planned.join(", ")})`
      )
    }
    if (result.planned.length === 0) {
      logger.warn(
        `gifting: did not send the recipient link of order ${event.data.order_id}: ${result.skipped.join("; ")}`
      )
    }
  } catch (error) {
    logger.warn(
      `gifting: could not send the recipient link of order ${event.data.order_id}: ${errorMessage(error)}`
    )
  }
}

export const config: SubscriberConfig = {
  event: GIFT_ORDER_CREATED_EVENT,
  context: { subscriberId: "gifting-notify-gift-recipient" },
}
