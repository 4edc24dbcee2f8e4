import type { MedusaContainer } from "@medusajs/framework/types"
import { runJobExclusively, type ExclusiveJobRun } from "../lib/exclusive-job"
import { pollVoucherOrders, type PollVoucherOrdersResult } from "../workflows/vouchers/poll-voucher-orders"

/**
 * Every minute: re-sends UGiftMe purchases whose answer was lost and checks
 * order requests no webhook has settled (webhooks not set up, or a delivery
 * missed). See `pollVoucherOrders`. One run at a time across the store's
 * processes (see `runJobExclusively`).
 */
export default async function pollVoucherOrdersJob(
  container: MedusaContainer
): Promise<ExclusiveJobRun<PollVoucherOrdersResult>> {
  return runJobExclusively(container, config.name, () => pollVoucherOrders(container))
}

export const config = {
  name: "gifting-poll-voucher-orders",
  schedule: "* * * * *",
}
