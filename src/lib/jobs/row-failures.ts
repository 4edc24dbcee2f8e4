const MINUTE = 60_000
const MAX_FAILURE_DELAY_MS = 60 * MINUTE

/**
 * How long a row waits after `failures` job runs in a row failed on it
 * (1 = the first): one minute, doubling, at most an hour.
 */
export function failureBackoffMs(failures: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, failures - 1), MAX_FAILURE_DELAY_MS)
}

export type RowFailureDecision =
  { parked: true; job_failures: number } | { parked: false; job_failures: number; due_at: Date }

/**
 * What a job does with a row after a run failed on it (threw, recorded an
 * error, or left the row due): parks it at `parkAfter` failures in a row,
 * otherwise moves it forward by the failure backoff, never earlier than the
 * time the workflow itself set.
 */
export function decideAfterFailure(input: {
  failures: number
  parkAfter: number
  now: Date
  scheduledAt: Date | null
}): RowFailureDecision {
  const job_failures = input.failures
  if (job_failures >= input.parkAfter) return { parked: true, job_failures }
  const backoff = input.now.getTime() + failureBackoffMs(job_failures)
  const scheduled = input.scheduledAt?.getTime() ?? 0
  return { parked: false, job_failures, due_at: new Date(Math.max(backoff, scheduled)) }
}

/** What a run that went through writes on its row: the failure count and any parking cleared. */
export const RESUMED = { job_failures: 0, parked_at: null, parked_reason: null } as const
