import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forEachWithConcurrency } from "../lib/concurrency"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { advanceGiftClaim } from "../workflows/gift-orders/claim/advance-gift-claim"
import { dueGiftOrderIds } from "../workflows/gift-orders/find-due-gift-orders"
import { errorMessage } from "../lib/error-message"

/** Gifts handled at once (each may poll Giftyzet and send notifications). */
export const CLAIM_CONCURRENCY = 4
/** Upper bound of gifts handled in one run; the rest stay due for the next run. */
export const CLAIM_MAX_PER_RUN = 2_000
/** A gift whose step failed is looked at again after this long. */
const RETRY_AFTER_MS = 15 * 60_000

export type GiftClaimWindowRun = { handled: number; failed: number }

/**
 * Every minute, moves the claim window of the gifts that are due (indexed
 * `claim_state, claim_next_at`, by the claim clock): reminders, expiry with
 * its `giftyzet.onExpiry` action, declines. One run at a time across the
 * store's processes (see `runJobExclusively`); the ledger and the per-gift
 * lock keep a reminder single even if two runs overlap anyway.
 */
export default async function giftClaimWindowJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<GiftClaimWindowRun>> {
  return runJobExclusively(container, config.name, () => advanceDueGiftClaims(container))
}

export async function advanceDueGiftClaims(container: MedusaContainer): Promise<GiftClaimWindowRun> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = await gifting.now()
  let handled = 0
  let failures = 0
  for await (const ids of dueGiftOrderIds(container, "claim", now, CLAIM_MAX_PER_RUN)) {
    const { failed } = await forEachWithConcurrency(ids, CLAIM_CONCURRENCY, async (id) => {
      try {
        await advanceGiftClaim(container, id)
      } catch (error) {
        logger.warn(`gifting: claim window of gift ${id} could not move on: ${errorMessage(error)}`)
        await gifting.updateGiftOrders({ id, claim_next_at: new Date(now.getTime() + RETRY_AFTER_MS) })
        throw error
      }
    })
    handled += ids.length
    failures += failed.length
  }
  return { handled, failed: failures }
}

export const config = {
  name: "gifting-gift-claim-window",
  schedule: "* * * * *",
}
