import {
  KEY_REUSE_BOUND_MS,
  keyReuseExpired,
  MAX_SENDS_PER_KEY,
  nextPurchaseRetryAt,
  nextVoucherPollAt,
} from "../voucher-schedule"

const now = new Date("2026-01-01T00:00:00.000Z")
const after = (date: Date) => (date.getTime() - now.getTime()) / 1000

describe("nextVoucherPollAt", () => {
  it("checks an accepted order request soon, then backs off to at most an hour", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((attempts) => after(nextVoucherPollAt(attempts, now)))).toEqual([
      30, 60, 120, 300, 600, 1800, 3600, 3600,
    ])
  })
})

describe("nextPurchaseRetryAt", () => {
  it("backs off between re-sends of a purchase with an unknown outcome", () => {
    expect([1, 2, 3, 4, 5, 6].map((failures) => after(nextPurchaseRetryAt(failures, now)))).toEqual([
      30, 60, 300, 900, 1800, 3600,
    ])
  })

  it("waits at least as long as UGiftMe's retry-after", () => {
    expect(after(nextPurchaseRetryAt(1, now, 120_000))).toBe(120)
    expect(after(nextPurchaseRetryAt(5, now, 1_000))).toBe(1800)
  })
})

describe("keyReuseExpired", () => {
  const sentAgo = (ms: number) => new Date(now.getTime() - ms)

  it("lets a key be sent again within its bound and below the cap", () => {
    expect(keyReuseExpired({ key_sent_at: null, key_sends: 0 }, now)).toBe(false)
    expect(keyReuseExpired({ key_sent_at: sentAgo(KEY_REUSE_BOUND_MS - 1), key_sends: 3 }, now)).toBe(false)
  })

  it("stops a key older than the bound, or sent as often as the cap", () => {
    expect(keyReuseExpired({ key_sent_at: sentAgo(KEY_REUSE_BOUND_MS), key_sends: 1 }, now)).toBe(true)
    expect(
      keyReuseExpired({ key_sent_at: sentAgo(1000).toISOString(), key_sends: MAX_SENDS_PER_KEY }, now)
    ).toBe(true)
  })
})
