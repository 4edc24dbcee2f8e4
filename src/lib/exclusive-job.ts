import type { ILockingModule, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { errorMessage } from "./error-message"

/** What one scheduled run did: its work's result, or nothing because another run held the job. */
export type ExclusiveJobRun<T> = { ran: true; result: T } | { ran: false }

/** Seconds a run waits for the previous one to finish before it gives its turn up. */
export const JOB_LOCK_WAIT_SECONDS = 1
/**
 * Seconds the job's lock outlives a process that died holding it. The Redis
 * provider renews it while the work runs, so a long run keeps it.
 */
export const JOB_LOCK_EXPIRE_SECONDS = 30

/** The Locking Module's answer when the keys stay taken for the whole wait (in-memory and Redis providers). */
function isLockTimeout(error: unknown): boolean {
  return /acquir(e|ing) lock/i.test(errorMessage(error))
}

export function jobLockKey(jobName: string): string {
  return `gifting:job:${jobName}`
}

/**
 * Runs a scheduled job's `work` under a lock named after the job, through
 * Medusa's Locking Module: while one run of the job is going — in this process
 * or, with a shared locking provider (Redis), in any process of the store —
 * another run skips its turn instead of doing the same work at the same time.
 * The skipped turn is not lost: the due rows stay due for the running or the
 * next run. Errors of `work` itself propagate.
 */
export async function runJobExclusively<T>(
  container: MedusaContainer,
  jobName: string,
  work: () => Promise<T>
): Promise<ExclusiveJobRun<T>> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  let started = false
  try {
    const result = await locking.execute(
      jobLockKey(jobName),
      async () => {
        started = true
        return work()
      },
      { timeout: JOB_LOCK_WAIT_SECONDS, expire: JOB_LOCK_EXPIRE_SECONDS }
    )
    return { ran: true, result }
  } catch (error) {
    if (started || !isLockTimeout(error)) throw error
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    logger.info(`gifting: ${jobName} skipped this turn: another run of it is still going`)
    return { ran: false }
  }
}
