/**
 * Retry timing shared by the partner clients and the scheduled jobs.
 *
 * "Full jitter" (AWS architecture blog): the delay before attempt `n` is a
 * uniformly random value in `[0, min(cap, base * 2^n))`. It spreads retries of
 * many concurrent callers instead of having them hit the partner in lockstep.
 */
export type BackoffPolicy = {
  /** First delay ceiling in milliseconds. */
  baseMs: number
  /** Largest delay ceiling in milliseconds. */
  maxMs: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, maxMs: 5_000 }

/**
 * @param attempt zero-based retry number (0 = the first retry)
 * @param random injectable random source in [0, 1) for deterministic tests
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt))
  return Math.floor(random() * ceiling)
}

/**
 * Parses an HTTP `Retry-After` header: either delta-seconds or an HTTP date.
 * Returns milliseconds to wait, or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now()
): number | undefined {
  if (value === null || value === undefined) {
    return undefined
  }
  const trimmed = value.trim()
  if (trimmed === "") {
    return undefined
  }
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(Number(trimmed) * 1000)
  }
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) {
    return undefined
  }
  return Math.max(0, date - now)
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener("abort", onAbort, { once: true })
  })
}
