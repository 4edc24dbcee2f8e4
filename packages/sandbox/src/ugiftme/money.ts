/**
 * Amounts travel as major-unit numbers (e.g. 12.5 GBP) but are added and
 * subtracted as integer minor units so binary float errors never accumulate.
 */

export function toMinor(amount: number): number {
  return Math.round(amount * 100)
}

export function fromMinor(minor: number): number {
  return minor / 100
}

/** True for finite amounts with at most two decimals (12, 12.5, 12.34). */
export function hasAtMostTwoDecimals(amount: number): boolean {
  return Number.isFinite(amount) && Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6
}
