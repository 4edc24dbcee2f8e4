import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../lib/concurrency"
import { dueGiftOrderIds } from "../workflows/gift-orders/find-due-gift-orders"
import { syncGiftOrderWorkflow } from "../workflows/gift-orders/sync-gift-order"

/**
 * Every minute, retries the creation of gifts whose last attempt failed and
 * whose backoff has elapsed. The sync workflow adopts an order Giftyzet
 * already has (409), so a retry never creates a second one.
 */
export default async function retryGiftSyncJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let failures = 0
  for await (const orderIds of dueGiftOrderIds(container, "retry", new Date(), 500)) {
    const { failed } = await forEachWithConcurrency(orderIds, 4, (order_id) =>
      syncGiftOrderWorkflow(container).run({ input: { order_id } })
    )
    failures += failed.length
  }
  if (failures > 0) logger.warn(`gifting: ${failures} gift sync retr(ies) failed unexpectedly`)
}

export const config = {
  name: "gifting-retry-gift-sync",
  schedule: "* * * * *",
}
