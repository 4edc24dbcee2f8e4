import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { pageDueRows } from "../lib/jobs/due-pages"
import { runDueRows } from "../lib/jobs/run-due-rows"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"
import { advanceGiftClaim } from "../workflows/gift-orders/claim/advance-gift-claim"
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
  const due = pageDueRows((page) => gifting.listDueGiftOrders("claim", now, page), {
    maxTotal: CLAIM_MAX_PER_RUN,
  })
  for await (const rows of due) {
    const page = await runDueRows(
      rows.map((row) => row.id),
      {
        concurrency: CLAIM_CONCURRENCY,
        task: (id) => advanceGiftClaim(container, id),
        settle: async (id, error) => {
          if (!error) return "ok"
          logger.warn(`gifting: claim window of gift ${id} could not move on: ${errorMessage(error)}`)
          await gifting.updateGiftOrders({ id, claim_next_at: new Date(now.getTime() + RETRY_AFTER_MS) })
          return "failed"
        },
      }
    )
    handled += page.started
    failures += page.failed
  }
  return { handled, failed: failures }
}

export const config = {
  name: "gifting-gift-claim-window",
  schedule: "* * * * *",
}
