import { existsSync } from "node:fs"
import { writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import pollGiftOrdersJob from "../../../src/jobs/poll-gift-orders"
import pollVoucherOrdersJob from "../../../src/jobs/poll-voucher-orders"
import reconcileGiftOrdersJob from "../../../src/jobs/reconcile-gift-orders"
import retryGiftSyncJob from "../../../src/jobs/retry-gift-sync"

/** One job run as this process saw it. */
export type JobRunReport = {
  job: string
  /** Whether the work ran here (false: another run held the job). */
  ran: boolean
  started_at: number
  finished_at: number
  result: unknown
}

const JOBS: [string, (container: ExecArgs["container"]) => Promise<{ ran: boolean }>][] = [
  ["gifting-poll-gift-orders", pollGiftOrdersJob],
  ["gifting-retry-gift-sync", retryGiftSyncJob],
  ["gifting-reconcile-gift-orders", reconcileGiftOrdersJob],
  ["gifting-poll-voucher-orders", pollVoucherOrdersJob],
]

/**
 * For the scale-out test (`medusa exec`, one of several such processes):
 * boots, writes RELIABILITY_READY, waits for the file RELIABILITY_GO, then
 * runs the plugin's four scheduled jobs at once, as the scheduler calls them,
 * and writes a `JobRunReport` per job to RELIABILITY_OUTPUT.
 */
export default async function runJobsOnSignal({ container }: ExecArgs): Promise<void> {
  const { RELIABILITY_READY: ready, RELIABILITY_GO: go, RELIABILITY_OUTPUT: output } = process.env
  if (!ready || !go || !output)
    throw new Error("RELIABILITY_READY, RELIABILITY_GO and RELIABILITY_OUTPUT are required")
  await writeFile(ready, String(process.pid))
  const deadline = Date.now() + 180_000
  while (!existsSync(go)) {
    if (Date.now() > deadline) throw new Error(`no ${go} within 180 s`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const reports = await Promise.all(
    JOBS.map(async ([job, run]): Promise<JobRunReport> => {
      const started_at = Date.now()
      const result = await run(container)
      return { job, ran: result.ran, started_at, finished_at: Date.now(), result }
    })
  )
  await writeFile(output, JSON.stringify(reports))
}
