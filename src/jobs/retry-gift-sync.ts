import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../lib/concurrency"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { dueGiftOrderIds } from "../workflows/gift-orders/find-due-gift-orders"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"

export type RetryGiftSyncRun = { retried: number; failed: number }

/**
 * Every minute, retries the creation of gifts whose last attempt failed and
 * whose backoff has elapsed. The sync workflow adopts an order Giftyzet
 * already has (409), so a retry never creates a second one. One run at a
 * time across the store's processes (see `runJobExclusively`).
 */
export default async function retryGiftSyncJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<RetryGiftSyncRun>> {
  return runJobExclusively(container, config.name, () => retryDueGiftSyncs(container))
}

async function retryDueGiftSyncs(container: MedusaContainer): Promise<RetryGiftSyncRun> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let retried = 0
  let failures = 0
  for await (const orderIds of dueGiftOrderIds(container, "retry", new Date(), 500)) {
    const { failed } = await forEachWithConcurrency(orderIds, 4, (order_id) =>
      syncGiftOrderWorkflow(container).run({ input: { order_id } })
    )
    retried += orderIds.length
    failures += failed.length
  }
  if (failures > 0) logger.warn(`gifting: ${failures} gift sync retr(ies) failed unexpectedly`)
  return { retried, failed: failures }
}

export const config = {
  name: "gifting-retry-gift-sync",
  schedule: "* * * * *",
}
