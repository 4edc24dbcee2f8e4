import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../lib/concurrency"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { dueGiftOrderIds } from "../workflows/gift-orders/find-due-gift-orders"
import { refreshGiftOrderStatusWorkflow } from "../workflows/gift-orders/refresh-gift-order-status"

/** Partner reads in flight at once; Giftyzet publishes no limit, so stay polite. */
export const POLL_CONCURRENCY = 4
/** Upper bound of gifts read in one run; the rest stay due for the next run. */
export const POLL_MAX_PER_RUN = 2_000

export type PollGiftOrdersRun = { polled: number; failed: number }

/**
 * Giftyzet sends no webhooks: every minute, reads the pending gifts that are
 * due (the interval grows with the gift's age), a page at a time with bounded
 * concurrency. Confirmed, dispatched, delivered and cancelled gifts are never read.
 * One run at a time across the store's processes (see `runJobExclusively`).
 */
export default async function pollGiftOrdersJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<PollGiftOrdersRun>> {
  return runJobExclusively(container, config.name, () => pollDueGiftOrders(container))
}

async function pollDueGiftOrders(container: MedusaContainer): Promise<PollGiftOrdersRun> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  if (!(await gifting.getPartnersStatus()).giftyzet.configured) return { polled: 0, failed: 0 }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let polled = 0
  let failures = 0
  for await (const ids of dueGiftOrderIds(container, "poll", new Date(), POLL_MAX_PER_RUN)) {
    const { failed } = await forEachWithConcurrency(ids, POLL_CONCURRENCY, (gift_order_id) =>
      refreshGiftOrderStatusWorkflow(container).run({ input: { gift_order_id } })
    )
    polled += ids.length
    failures += failed.length
  }
  if (failures > 0) logger.warn(`gifting: ${failures} gift status refresh(es) failed; they stay due`)
  return { polled, failed: failures }
}

export const config = {
  name: "gifting-poll-gift-orders",
  schedule: "* * * * *",
}
