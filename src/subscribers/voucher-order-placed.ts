import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { buyOrderVouchersWorkflow } from "../workflows/vouchers/buy-order-vouchers"

/**
 * Auto-fulfilment (plugin option `ugiftme.autoFulfill`, on by default): after
 * payment, buys the order's UGiftMe vouchers and fulfils them through
 * Medusa's `createOrderFulfillmentWorkflow`. The workflow is idempotent, so a
 * redelivered event buys nothing twice; what fails is recorded on the
 * vouchers (admin route, retry) and what is unknown is retried by the poll job.
 */
export default async function voucherOrderPlacedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  if (!(await gifting.getOptions()).ugiftme.autoFulfill) return
  try {
    const { result } = await buyOrderVouchersWorkflow(container).run({ input: { order_id: event.data.id } })
    const failed = result.vouchers.filter((voucher) => voucher.status === "failed")
    if (failed.length > 0) {
      logger.warn(
        `gifting: ${failed.length} voucher(s) of order ${event.data.id} could not be bought: ${failed[0].error}`
      )
    }
  } catch (error) {
    logger.error(`gifting: could not buy the vouchers of order ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "gifting-voucher-order-placed" },
}
