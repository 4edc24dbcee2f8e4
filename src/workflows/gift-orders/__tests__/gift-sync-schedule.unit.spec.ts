import {
  isPollingDone,
  MAX_SYNC_ATTEMPTS,
  nextPollAt,
  nextStatusReportAt,
  nextSyncAttemptAt,
  pollInterval,
} from "../gift-sync-schedule"

const MINUTE = 60_000
const now = new Date("2026-01-01T12:00:00Z")

describe("nextSyncAttemptAt", () => {
  it("backs off as failures add up", () => {
    const delays = [1, 2, 3, 4, 8, 9, 15].map(
      (attempts) => nextSyncAttemptAt(attempts, now, true)!.getTime() - now.getTime()
    )

    expect(delays).toEqual([1, 2, 5, 15, 240, 360, 360].map((minutes) => minutes * MINUTE))
  })

  it("stops scheduling after the last attempt or for a failure retrying cannot fix", () => {
    expect(nextSyncAttemptAt(MAX_SYNC_ATTEMPTS, now, true)).toBeNull()
    expect(nextSyncAttemptAt(1, now, false)).toBeNull()
  })
})

describe("polling", () => {
  it("polls a fresh gift every minute and an old one rarely", () => {
    expect(pollInterval(10 * MINUTE)).toBe(MINUTE)
    expect(pollInterval(3 * 60 * MINUTE)).toBe(5 * MINUTE)
    expect(pollInterval(3 * 24 * 60 * MINUTE)).toBe(30 * MINUTE)
    expect(pollInterval(30 * 24 * 60 * MINUTE)).toBe(180 * MINUTE)
  })

  it("schedules the next poll from the gift's age", () => {
    const createdTwoDaysAgo = new Date(now.getTime() - 2 * 24 * 60 * MINUTE)
    expect(nextPollAt(createdTwoDaysAgo, now).getTime() - now.getTime()).toBe(30 * MINUTE)
  })

  it("stops once the gift left pending", () => {
    expect(isPollingDone("pending")).toBe(false)
    for (const status of ["confirmed", "dispatched", "delivered", "cancelled"]) {
      expect(isPollingDone(status)).toBe(true)
    }
  })
})

describe("nextStatusReportAt", () => {
  const delayMinutes = (attempts: number, random: number) =>
    (nextStatusReportAt(attempts, now, () => random).getTime() - now.getTime()) / MINUTE

  it("doubles the wait with each failure, between half and all of the ceiling, capped at six hours", () => {
    expect([1, 2, 3, 4].map((attempts) => delayMinutes(attempts, 0))).toEqual([1, 2, 4, 8])
    ;[2, 4, 8, 16].forEach((ceiling, index) => {
      expect(delayMinutes(index + 1, 0.999999)).toBeCloseTo(ceiling, 2)
    })
    expect(delayMinutes(30, 0)).toBe(180)
    expect(delayMinutes(30, 0.999999)).toBeCloseTo(360, 2)
  })

  it("spreads retries of gifts that failed together", () => {
    const delays = new Set([0.1, 0.4, 0.7].map((random) => delayMinutes(3, random)))

    expect(delays.size).toBe(3)
  })
})
