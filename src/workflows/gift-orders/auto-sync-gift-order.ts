import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { syncGiftOrderWorkflow } from "./sync-gift-order"
import { errorMessage } from "../../lib/error-message"

/** The moments a gift can be created on Giftyzet at (`giftyzet.createOn`). */
export type GiftCreationTrigger = "placement" | "capture"

/**
 * Creates the Giftyzet order of an order sent as a gift when
 * `giftyzet.createOn` names this trigger ("placement" by default:
 * `order.placed`; "capture": `payment.captured`). The workflow is idempotent,
 * so a redelivered event changes nothing; a failure is recorded on the gift
 * and retried by the `gifting-retry-gift-sync` job, and an event that never
 * arrives is healed by `gifting-reconcile-gift-orders`.
 */
export async function autoSyncGiftOrder(
  container: MedusaContainer,
  orderId: string,
  trigger: GiftCreationTrigger
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  if ((await gifting.getOptions()).giftyzet.createOn !== trigger) return
  try {
    const { result } = await syncGiftOrderWorkflow(container).run({ input: { order_id: orderId } })
    if (result.is_gift && result.gift_order?.sync_state === "failed" && result.gift_order.next_attempt_at) {
      logger.warn(
        `gifting: the gift of order ${orderId} is not on Giftyzet yet (${result.gift_order.last_error}); it will be retried`
      )
    }
  } catch (error) {
    logger.error(`gifting: could not sync the gift of order ${orderId}: ${errorMessage(error)}`)
  }
}
