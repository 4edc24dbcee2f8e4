import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { buyOrderVouchersWorkflow } from "./buy-order-vouchers"
import { errorMessage } from "../../lib/error-message"

/** The moments auto-fulfilment can buy at (`ugiftme.purchaseOn`). */
export type VoucherPurchaseTrigger = "placement" | "capture"

/**
 * Auto-fulfilment (`ugiftme.autoFulfill`, on by default) at one trigger:
 * buys the order's vouchers when `ugiftme.purchaseOn` names this trigger
 * ("capture" by default: `payment.captured`; "placement": `order.placed`).
 * The workflow is idempotent, so a redelivered event buys nothing twice, and
 * it checks the capture itself; what fails is recorded on the vouchers
 * (admin route, retry) and what is unknown is retried by the poll job.
 */
export async function autoBuyOrderVouchers(
  container: MedusaContainer,
  orderId: string,
  trigger: VoucherPurchaseTrigger
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const { ugiftme } = await gifting.getOptions()
  if (!ugiftme.autoFulfill || ugiftme.purchaseOn !== trigger) return
  try {
    const { result } = await buyOrderVouchersWorkflow(container).run({ input: { order_id: orderId } })
    const failed = result.vouchers.filter((voucher) => voucher.status === "failed")
    if (failed.length > 0) {
      logger.warn(
        `gifting: ${failed.length} voucher(s) of order ${orderId} could not be bought: ${failed[0].error}`
      )
    }
    const held = result.vouchers.filter((voucher) => voucher.status === "held")
    if (held.length > 0) {
      logger.warn(`gifting: the vouchers of order ${orderId} wait for staff: ${held[0].error}`)
    }
  } catch (error) {
    logger.error(`gifting: could not buy the vouchers of order ${orderId}: ${errorMessage(error)}`)
  }
}
