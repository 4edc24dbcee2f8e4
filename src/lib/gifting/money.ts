import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { currencyDecimals } from "./currency"

export { currencyDecimals }

/**
 * A Medusa amount (already in major units: 49.99 means €49.99) as a plain
 * number rounded half-up to the currency's decimals, computed with big
 * decimals so no binary float error reaches the partner.
 */
export function toMajorUnits(value: BigNumberInput | null | undefined, currencyCode: string): number {
  if (value === null || value === undefined) return 0
  return MathBN.convert(value, currencyDecimals(currencyCode)).toNumber()
}

/** A Medusa quantity (a BigNumber in raw form) as a whole number. */
export function toWholeNumber(value: BigNumberInput | null | undefined): number {
  return MathBN.convert(value ?? 0, 0).toNumber()
}

/**
 * A non-negative amount in the currency's smallest unit (cents), rounded
 * down. A billionth of a unit of computing noise (9.999999999… from a
 * tax-inclusive division) counts as the whole unit.
 */
export function toMinorUnitsDown(value: BigNumberInput | null | undefined, decimals: number): number {
  const scaled = MathBN.add(MathBN.mult(value ?? 0, 10 ** decimals), "0.000000001")
  return Math.max(0, MathBN.convert(scaled).integerValue(1).toNumber())
}

/** A non-negative amount in the currency's smallest unit, rounded half-up. */
export function toMinorUnits(value: BigNumberInput | null | undefined, decimals: number): number {
  return Math.max(
    0,
    MathBN.mult(value ?? 0, 10 ** decimals)
      .integerValue(4)
      .toNumber()
  )
}

/** Smallest units back to major units (1999 cents → 19.99), exactly. */
export function fromMinorUnits(minor: number, decimals: number): number {
  return MathBN.div(minor, 10 ** decimals).toNumber()
}
