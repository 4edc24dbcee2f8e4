import { writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import reconcileGiftOrdersJob from "../../../src/jobs/reconcile-gift-orders"
import retryGiftSyncJob from "../../../src/jobs/retry-gift-sync"
import { GIFTING_MODULE } from "../../../src/modules/gifting"
import type GiftingModuleService from "../../../src/modules/gifting/service"
import { pollDueVoucherOrders } from "../../../src/jobs/poll-voucher-orders"

/**
 * One run of the healing jobs, as the scheduler would run them, for the crash
 * test (`medusa exec`): gift reconciliation (gifts whose `order.placed` work
 * was lost), the gift retry job with every failed gift due now, and the
 * voucher poll job with every unsettled voucher due now. Writes
 * `{ reconciled, retried, vouchers_due }` to RELIABILITY_OUTPUT.
 */
export default async function runHealingJobs({ container }: ExecArgs): Promise<void> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const due = new Date(Date.now() - 1000)

  const reconciliation = await reconcileGiftOrdersJob(container)
  const reconciled = reconciliation.ran ? reconciliation.result : 0
  const failed = await gifting.listGiftOrders({ sync_state: "failed" }, { select: ["id"] })
  if (failed.length) {
    await gifting.updateGiftOrders(failed.map(({ id }) => ({ id, next_attempt_at: due })))
  }
  await retryGiftSyncJob(container)

  const unsettled = await gifting.listVoucherOrders(
    { status: ["pending", "queued", "processing"] },
    { select: ["id"] }
  )
  if (unsettled.length) {
    await gifting.updateVoucherOrders(unsettled.map(({ id }) => ({ id, next_poll_at: due })))
  }
  await pollDueVoucherOrders(container)

  await writeFile(
    process.env.RELIABILITY_OUTPUT ?? "/dev/stdout",
    JSON.stringify({ reconciled, retried: failed.length, vouchers_due: unsettled.length })
  )
}
