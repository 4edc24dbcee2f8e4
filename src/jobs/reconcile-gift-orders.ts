import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { runDueRows } from "../lib/jobs/run-due-rows"
import { unsyncedGiftOrderIdPages } from "../lib/jobs/unsynced-gift-orders"
import { readOrderPaymentStates } from "../lib/order-payment"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"

/** Gifts synced at once. */
const RECONCILE_CONCURRENCY = 4

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
  let reconciled = 0
  for await (const candidates of unsyncedGiftOrderIdPages(container, new Date())) {
    const orderIds = createOn === "capture" ? await capturedOnly(container, candidates) : candidates
    if (orderIds.length === 0) continue
    logger.info(`gifting: reconciling ${orderIds.length} gift order(s) missing on Giftyzet`)
    await runDueRows(orderIds, {
      concurrency: RECONCILE_CONCURRENCY,
      task: (order_id) => syncGiftOrderWorkflow(container).run({ input: { order_id } }),
      // The sync workflow records its own outcome (synced, or failed with a retry time).
      settle: async (_order_id, error) => (error ? "failed" : "ok"),
    })
    reconciled += orderIds.length
  }
  return reconciled
}

/** Under `giftyzet.createOn: "capture"` a gift waits for its order's capture (one query per page). */
async function capturedOnly(container: MedusaContainer, orderIds: string[]): Promise<string[]> {
  const payments = await readOrderPaymentStates(container, orderIds)
  return orderIds.filter((order_id) => {
    const payment = payments.get(order_id)
    return !payment || (payment.captured && !payment.canceled)
  })
}

export const config = {
  name: "gifting-reconcile-gift-orders",
  schedule: "*/5 * * * *",
}
