/**
 * When the plugin talks to UGiftMe again about a voucher: re-trying a purchase
 * whose answer was lost, and checking an order request that has not
 * completed. Pure functions of the attempts made and "now".
 */

const SECOND = 1_000
const MINUTE = 60 * SECOND

/** A row whose purchase run died before the call is picked up by the poll job after this. */
export const PURCHASE_RESCUE_DELAY_MS = 2 * MINUTE

/** Waits between checks of an open order request (webhooks normally come first). */
const POLL_DELAYS_MS = [30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 30 * MINUTE]
const MAX_POLL_DELAY_MS = 60 * MINUTE

/** Waits before re-sending a purchase whose outcome is unknown (5xx, timeout, 429). */
const PURCHASE_RETRY_DELAYS_MS = [30 * SECOND, MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE]
const MAX_PURCHASE_RETRY_DELAY_MS = 60 * MINUTE

/** Next check of an order request after `attempts` checks (0 = just accepted). */
export function nextVoucherPollAt(attempts: number, now: Date): Date {
  const delay = POLL_DELAYS_MS[Math.max(0, attempts)] ?? MAX_POLL_DELAY_MS
  return new Date(now.getTime() + delay)
}

/**
 * Next purchase attempt after `failures` attempts with an unknown outcome
 * (1 = the first). A `retry-after` from UGiftMe is honoured when longer.
 */
export function nextPurchaseRetryAt(failures: number, now: Date, retryAfterMs?: number): Date {
  const backoff = PURCHASE_RETRY_DELAYS_MS[Math.max(0, failures - 1)] ?? MAX_PURCHASE_RETRY_DELAY_MS
  return new Date(now.getTime() + Math.max(backoff, retryAfterMs ?? 0))
}

/**
 * How long the plugin trusts UGiftMe to remember an `Idempotency-Key`. The
 * docs give no lifetime; a key older than this is never sent again: the
 * purchase is looked for at UGiftMe instead (see `findVoucherPurchase`).
 */
export const KEY_REUSE_BOUND_MS = 60 * MINUTE

/** Sends of one key with an unknown outcome after which the purchase is looked for instead. */
export const MAX_SENDS_PER_KEY = 8

/**
 * True when a pending unit's key must not be sent again: it was sent before
 * and is older than {@link KEY_REUSE_BOUND_MS}, or was sent
 * {@link MAX_SENDS_PER_KEY} times already.
 */
export function keyReuseExpired(
  row: { key_sent_at?: Date | string | null; key_sends?: number | null },
  now: Date
): boolean {
  if (!row.key_sent_at) return false
  const age = now.getTime() - new Date(row.key_sent_at).getTime()
  return age >= KEY_REUSE_BOUND_MS || (row.key_sends ?? 0) >= MAX_SENDS_PER_KEY
}
