/** An amount in major units (as Medusa 2 stores it), in the cart's currency. */
export function formatMoney(amount: number | null | undefined, currencyCode: string | undefined): string {
  if (typeof amount !== "number" || !currencyCode) return "—"
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(
    amount
  )
}
