/** A date and time in the browser's locale, or "—" when there is none. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "—"
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

/** An amount in major units with its currency, e.g. "€1,250.00". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(
      amount
    )
  } catch {
    return `${amount.toFixed(2)} ${currency.toUpperCase()}`
  }
}

/** The HTTP status of an SDK error (`FetchError`), when it has one. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : undefined
}

/** A message fit for a toast or an inline error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong"
}
