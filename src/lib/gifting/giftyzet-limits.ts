import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** Giftyzet stores amounts with 2 decimals up to this total. */
export const GIFTYZET_MAX_TOTAL = 99_999_999.99

/** Why an order (or cart) in `currencyCode` cannot go to a Giftyzet store in `configured`, or null. */
export function giftCurrencyProblem(
  currencyCode: string | null | undefined,
  configured: string
): string | null {
  const currency = String(currencyCode ?? "").toLowerCase()
  if (currency === configured.toLowerCase()) return null
  return `Send as a gift is only available for ${configured.toUpperCase()} orders (the currency of the store's Giftyzet account, option giftyzet.currency); this one is in ${currency.toUpperCase() || "an unknown currency"}`
}

/** Why a gift total Giftyzet cannot take (zero, or over its maximum) is refused, or null. */
export function giftTotalProblem(total: BigNumberInput, currencyCode: string): string | null {
  const code = currencyCode.toUpperCase()
  if (MathBN.lte(total, 0)) {
    return `Send as a gift needs a total above 0 ${code}: Giftyzet does not take free orders`
  }
  if (MathBN.gt(total, GIFTYZET_MAX_TOTAL)) {
    return `Send as a gift takes totals up to ${GIFTYZET_MAX_TOTAL} ${code} (Giftyzet's maximum)`
  }
  return null
}
