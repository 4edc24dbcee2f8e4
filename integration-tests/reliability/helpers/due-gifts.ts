import type { MedusaContainer } from "@medusajs/framework/types"
import type { ExclusiveJobRun } from "../../../src/lib/exclusive-job"
import { GIFTING_MODULE } from "../../../src/modules/gifting"
import type GiftingModuleService from "../../../src/modules/gifting/service"

/**
 * Runs a job until it ran: the app's own scheduler runs the same jobs every
 * minute, and a run that finds another one going gives its turn up.
 */
export async function runJob<T>(
  job: (container: MedusaContainer) => Promise<ExclusiveJobRun<T>>,
  container: MedusaContainer
): Promise<T> {
  for (;;) {
    const run = await job(container)
    if (run.ran) return run.result
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * Seeds `count` synced, pending gifts due for a poll (straight through the
 * module, no checkout): order ids `${prefix}${index}`, oldest first.
 */
export async function seedDueGifts(
  container: MedusaContainer,
  prefix: string,
  count: number,
  dueBefore: Date
): Promise<string[]> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const orderIds = Array.from({ length: count }, (_, index) => `${prefix}${index}`)
  await gifting.createGiftOrders(
    orderIds.map((order_id, index) => ({
      order_id,
      giftyzet_order_id: `gz_${order_id}`,
      sync_state: "synced" as const,
      status: "pending" as const,
      sync_attempts: 1,
      next_poll_at: new Date(dueBefore.getTime() - index * 1000),
    }))
  )
  return orderIds
}
