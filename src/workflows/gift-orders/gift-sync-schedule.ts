import { backoffDelay, type BackoffPolicy } from "../../lib/http/backoff"

/**
 * When the store talks to Giftyzet again: retries of a failed creation or
 * status report, and polls of a pending gift. Pure functions of attempts, age
 * and "now".
 */

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** After this many failed creations the gift waits for staff ("Retry sync"). */
export const MAX_SYNC_ATTEMPTS = 20

const RETRY_DELAYS = [1, 2, 5, 15, 30, 60, 120, 240].map((minutes) => minutes * MINUTE)
const MAX_RETRY_DELAY = 6 * HOUR

/**
 * Next creation attempt after `attempts` failures (1 = the first failure), or
 * `null` when the gift should wait for staff.
 */
export function nextSyncAttemptAt(attempts: number, now: Date, retryable: boolean): Date | null {
  if (!retryable || attempts >= MAX_SYNC_ATTEMPTS) return null
  const delay = RETRY_DELAYS[Math.max(0, attempts - 1)] ?? MAX_RETRY_DELAY
  return new Date(now.getTime() + delay)
}

/**
 * Polls slow down as a gift ages: a gift sent a minute ago is opened soon, a
 * day-old one rarely changes within minutes.
 */
export function pollInterval(ageMs: number): number {
  if (ageMs < HOUR) return MINUTE
  if (ageMs < 24 * HOUR) return 5 * MINUTE
  if (ageMs < 7 * 24 * HOUR) return 30 * MINUTE
  return 3 * HOUR
}

/** Next poll of a pending gift created at `createdAt`. */
export function nextPollAt(createdAt: Date, now: Date): Date {
  return new Date(now.getTime() + pollInterval(now.getTime() - createdAt.getTime()))
}

/** Giftyzet statuses after which polling stops. */
export function isPollingDone(status: string): boolean {
  return status !== "pending"
}

/** Status reports Giftyzet did not acknowledge: 1–2 minutes after the first failure, doubling, at most 3–6 hours. */
export const STATUS_REPORT_BACKOFF: BackoffPolicy = { baseMs: 2 * MINUTE, maxMs: 6 * HOUR }

/**
 * Next attempt of a status report after `attempts` failures (1 = the first),
 * with "equal jitter": half the doubling delay, plus a random part of the
 * other half, so many gifts canceled together do not retry in lockstep. Never
 * gives up: the report stays until Giftyzet acknowledges it or says it does
 * not support reports.
 */
export function nextStatusReportAt(attempts: number, now: Date, random: () => number = Math.random): Date {
  const ceiling = Math.min(
    STATUS_REPORT_BACKOFF.maxMs,
    STATUS_REPORT_BACKOFF.baseMs * 2 ** Math.max(0, attempts - 1)
  )
  const delay = ceiling / 2 + backoffDelay(attempts - 1, STATUS_REPORT_BACKOFF, random) / 2
  return new Date(now.getTime() + Math.round(delay))
}
