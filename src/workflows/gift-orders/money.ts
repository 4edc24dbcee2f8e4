import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

const digitsCache = new Map<string, number>()

/** How many decimals a currency has (EUR 2, JPY 0, KWD 3), from the ICU data Node ships. */
export function currencyDecimals(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  const cached = digitsCache.get(code)
  if (cached !== undefined) return cached
  let digits = 2
  try {
    digits =
      new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2
  } catch {
    // Unknown code: keep two decimals.
  }
  digitsCache.set(code, digits)
  return digits
}

/**
 * A Medusa amount (already in major units: 49.99 means €49.99) as a plain
 * number rounded half-up to the currency's decimals, computed with big
 * decimals so no binary float error reaches the partner.
 */
export function toMajorUnits(value: BigNumberInput | null | undefined, currencyCode: string): number {
  if (value === null || value === undefined) return 0
  return MathBN.convert(value, currencyDecimals(currencyCode)).toNumber()
}

/** `a - b - c…` in big decimals, rounded like {@link toMajorUnits}. */
export function subtractMajorUnits(currencyCode: string, from: number, ...amounts: number[]): number {
  const decimals = currencyDecimals(currencyCode)
  let result = MathBN.convert(from, decimals)
  for (const amount of amounts) {
    result = MathBN.sub(result, amount)
  }
  return MathBN.convert(result, decimals).toNumber()
}

/** A Medusa quantity (a BigNumber in raw form) as a whole number. */
export function toWholeNumber(value: BigNumberInput | null | undefined): number {
  return MathBN.convert(value ?? 0, 0).toNumber()
}
