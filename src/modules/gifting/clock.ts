/**
 * The one place the claim window takes "now" from. In production it is the
 * system clock; a test (or the demo) moves it forward to pass reminder days
 * and deadlines without waiting, e.g. `(await gifting.getClock()).advanceDays(3)`.
 * Env `GIFTING_CLOCK_OFFSET_DAYS` starts it shifted (demo and child-process tests).
 */
export class GiftingClock {
  private offsetMs: number

  constructor(offsetDays = 0) {
    this.offsetMs = Number.isFinite(offsetDays) ? offsetDays * DAY_MS : 0
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs)
  }

  advanceDays(days: number): Date {
    this.offsetMs += days * DAY_MS
    return this.now()
  }

  advanceMs(ms: number): Date {
    this.offsetMs += ms
    return this.now()
  }

  reset(): void {
    this.offsetMs = 0
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000
