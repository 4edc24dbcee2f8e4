/**
 * The lock every workflow that talks to Giftyzet about one order's gift
 * takes (creation, status reports), so they never interleave.
 */
export function giftOrderLockKey(orderId: string): string {
  return `gifting:gift-order:${orderId}`
}
