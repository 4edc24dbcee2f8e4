import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toWholeNumber } from "./money"
import type { VoucherProductRecord } from "./voucher-order-records"
import { voucherFaceValue } from "./voucher-value"

/** One voucher owed: a unit of a line item whose variant is mapped to a UGiftMe product. */
export type VoucherUnit = {
  line_item_id: string
  unit_index: number
  voucher_product_id: string
  product_code: string
  merchant: string
  currency: string
  value: number
  /** Why this unit cannot be bought as mapped (e.g. order and product currencies differ). */
  problem: string | null
}

/** A line item of the order, as the voucher source reads it. */
export type VoucherOrderItem = {
  id: string
  variant_id?: string | null
  quantity?: BigNumberInput | null
  /** The order item: where a line item's quantity lives. */
  detail?: { quantity?: BigNumberInput | null } | null
  unit_price: BigNumberInput
  compare_at_unit_price?: BigNumberInput | null
}

/** The fields of a voucher product mapping the units are made of. */
export type VoucherUnitMapping = Pick<
  VoucherProductRecord,
  "id" | "variant_id" | "product_code" | "merchant" | "currency" | "face_value_mode" | "fixed_value"
>

export type VoucherUnitsInput = {
  /** The order's currency (Medusa writes it lower-case). */
  currency_code: string
  items: (VoucherOrderItem | null)[]
  mappings: VoucherUnitMapping[]
  /** Each mapped variant's base price in the order's currency, when it has one (see `pickBasePrice`). */
  base_prices: ReadonlyMap<string, BigNumberInput>
}

/**
 * The vouchers an order owes: for every line item whose variant is mapped to
 * a UGiftMe product, one unit per quantity, numbered from 0 within its line,
 * with the product it is bought as and its face value. The face value is what
 * the product promises: the mapping's fixed value, or the variant's base
 * price (else the line's compare-at price, else its unit price), never a
 * sale price the buyer paid. A unit whose product is sold in another currency
 * than the order carries the reason as `problem`. Unmapped lines owe nothing.
 */
export function voucherUnitsOf(input: VoucherUnitsInput): VoucherUnit[] {
  const byVariant = new Map(input.mappings.map((mapping) => [mapping.variant_id, mapping]))
  const orderCurrency = input.currency_code.toUpperCase()
  const units: VoucherUnit[] = []
  for (const item of input.items) {
    const mapping = item?.variant_id ? byVariant.get(item.variant_id) : undefined
    if (!item?.variant_id || !mapping) continue
    const problem =
      mapping.currency !== orderCurrency
        ? `The order is in ${orderCurrency} but UGiftMe product ${mapping.product_code} is sold in ${mapping.currency}`
        : null
    const value = voucherFaceValue(
      { face_value_mode: mapping.face_value_mode, fixed_value: mapping.fixed_value },
      input.base_prices.get(item.variant_id) ?? item.compare_at_unit_price ?? item.unit_price,
      mapping.currency
    )
    const quantity = toWholeNumber(item.detail?.quantity ?? item.quantity)
    for (let unit_index = 0; unit_index < quantity; unit_index++) {
      units.push({
        line_item_id: item.id,
        unit_index,
        voucher_product_id: mapping.id,
        product_code: mapping.product_code,
        merchant: mapping.merchant,
        currency: mapping.currency,
        value,
        problem,
      })
    }
  }
  return units
}

/** Why an order's units go to staff first (`held`), or null when it is within the limits. */
export function voucherHoldReason(
  limits: { maxUnitsPerOrder?: number; maxValuePerOrder?: number },
  units: VoucherUnit[],
  currency: string
): string | null {
  const count = units.length
  if (limits.maxUnitsPerOrder !== undefined && count > limits.maxUnitsPerOrder) {
    return `Held for review: ${count} vouchers is over the limit of ${limits.maxUnitsPerOrder} per order`
  }
  const total = units.reduce((sum, unit) => MathBN.add(sum, unit.value), MathBN.convert(0))
  if (limits.maxValuePerOrder !== undefined && MathBN.gt(total, limits.maxValuePerOrder)) {
    return `Held for review: vouchers worth ${total.toString()} ${currency} are over the limit of ${limits.maxValuePerOrder} ${currency} per order`
  }
  return null
}
