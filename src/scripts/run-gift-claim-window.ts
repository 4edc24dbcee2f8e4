import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { advanceDueGiftClaims, type GiftClaimWindowRun } from "../jobs/gift-claim-window"
import { GIFTING_MODULE } from "../modules/gifting"
import type GiftingModuleService from "../modules/gifting/service"

/**
 * `medusa exec ./src/scripts/run-gift-claim-window.ts [days…]`: runs the
 * claim-window job now, once per argument, with the claim clock that many
 * days ahead of the real time (default `0`), e.g. `3 15` sends the day-3
 * reminders, then expires what is still pending past a 14-day window. The
 * clock lives in each process, so this is how the demo and the admin browser
 * test pass days for a store running in another process; the store's own
 * job keeps the real time. Prints `{ runs: [{ days, handled, failed }] }` on
 * stdout and fails when a gift could not move on.
 */
export default async function runGiftClaimWindow({ container, args }: ExecArgs): Promise<void> {
  const clock = await container.resolve<GiftingModuleService>(GIFTING_MODULE).getClock()
  const runs: (GiftClaimWindowRun & { days: number })[] = []
  for (const arg of args?.length ? args : ["0"]) {
    const days = Number(arg)
    if (!Number.isFinite(days) || days < 0 || days > 3650) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `"${arg}" is not a number of days from now (0 to 3650)`
      )
    }
    clock.reset()
    clock.advanceDays(days)
    runs.push({ days, ...(await advanceDueGiftClaims(container)) })
  }
  console.log(JSON.stringify({ runs }))
  const failed = runs.reduce((sum, run) => sum + run.failed, 0)
  if (failed > 0) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${failed} gift(s) could not move on; see the warnings above`
    )
  }
}
