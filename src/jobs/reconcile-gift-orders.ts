import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../lib/concurrency"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { readOrderPaymentState } from "../lib/order-payment"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { findUnsyncedGiftOrderIds } from "../workflows/gift-orders/find-unsynced-gift-orders"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"

/**
 * Every five minutes, heals gifts whose `order.placed` never reached the
 * plugin (the process died, the event was lost): finds recent orders shipped
 * with "Send as a gift" without a synced gift and runs the sync workflow,
 * which creates the Giftyzet order or adopts the one that already exists.
 * Under `giftyzet.createOn: "capture"` only orders whose payment is captured.
 * The result is how many gifts it reconciled. One run at a time across the
 * store's processes (see `runJobExclusively`).
 */
export default async function reconcileGiftOrdersJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<number>> {
  return runJobExclusively(container, config.name, () => reconcileUnsyncedGifts(container))
}

async function reconcileUnsyncedGifts(container: MedusaContainer): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const { createOn } = (await gifting.getOptions()).giftyzet
  const candidates = await findUnsyncedGiftOrderIds(container, new Date())
  // Under `giftyzet.createOn: "capture"` a gift waits for its order's capture.
  const orderIds: string[] = []
  for (const order_id of candidates) {
    const payment = createOn === "capture" ? await readOrderPaymentState(container, order_id) : null
    if (!payment || (payment.captured && !payment.canceled)) orderIds.push(order_id)
  }
  if (orderIds.length === 0) return 0
  logger.info(`gifting: reconciling ${orderIds.length} gift order(s) missing on Giftyzet`)
  await forEachWithConcurrency(orderIds, 4, (order_id) =>
    syncGiftOrderWorkflow(container).run({ input: { order_id } })
  )
  return orderIds.length
}

export const config = {
  name: "gifting-reconcile-gift-orders",
  schedule: "*/5 * * * *",
}
