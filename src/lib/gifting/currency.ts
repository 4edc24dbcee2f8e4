const digitsCache = new Map<string, number>()
let knownCurrencies: Set<string> | null = null

/** True for an ISO 4217 code the ICU data Node ships knows (e.g. "eur", "JPY"). */
export function isKnownCurrency(currencyCode: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf("currency").map((code) => code.toLowerCase()))
  return knownCurrencies.has(currencyCode.toLowerCase())
}

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
