/** What parsing the storefront's shipping-method data gives: the stored data, or the first problem. */
export type ShippingDataResult<Data> = { success: true; data: Data } | { success: false; message: string }

/** A blank or null optional field is an absent one (storefront types allow `null`). */
export function blankToUndefined(value: unknown): unknown {
  return value === null || (typeof value === "string" && value.trim() === "") ? undefined : value
}
