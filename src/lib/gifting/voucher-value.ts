import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toMajorUnits } from "./money"

export type FaceValueRule = {
  face_value_mode: "variant_price" | "fixed"
  fixed_value?: BigNumberInput | null
}

/**
 * Face value of one voucher, in major units of `currency`, rounded to its
 * decimals: what the product promises, never what the buyer paid for it. The
 * fixed value of the mapping, or (`variant_price`) the variant's base price
 * in the order's currency (see `pickBasePrice`): a £50 voucher sold at £45 in
 * a sale, or with a promotion, is a £50 voucher.
 */
export function voucherFaceValue(rule: FaceValueRule, basePrice: BigNumberInput, currency: string): number {
  if (rule.face_value_mode === "fixed") {
    return toMajorUnits(rule.fixed_value ?? 0, currency)
  }
  return toMajorUnits(basePrice, currency)
}

/** One price of a variant's price set, as `query.graph` reads it. */
export type VariantPriceRow = {
  amount?: BigNumberInput | null
  currency_code?: string | null
  price_list_id?: string | null
  rules_count?: number | null
  min_quantity?: BigNumberInput | null
  max_quantity?: BigNumberInput | null
}

/**
 * A variant's base price in `currency`: the price of its price set that
 * belongs to no price list (a sale or override list is a price the buyer
 * pays, not the face value), has no rules (e.g. a region-only price) and no
 * quantity tier. Undefined when the variant has none; the caller then falls
 * back on the line's `compare_at_unit_price` (set by a sale) or unit price.
 */
export function pickBasePrice(
  prices: (VariantPriceRow | null)[],
  currency: string
): BigNumberInput | undefined {
  const base = prices.find(
    (price) =>
      price?.amount !== undefined &&
      price.amount !== null &&
      price.currency_code?.toLowerCase() === currency.toLowerCase() &&
      !price.price_list_id &&
      !price.rules_count &&
      (price.min_quantity === undefined ||
        price.min_quantity === null ||
        MathBN.lte(price.min_quantity, 1)) &&
      (price.max_quantity === undefined || price.max_quantity === null)
  )
  return base?.amount ?? undefined
}

/** Value rules of a UGiftMe product (fixed denominations or a min/max range; all optional). */
export type ProductValueRules = {
  denominations?: number[]
  minValue?: number
  maxValue?: number
}

/**
 * Why UGiftMe would refuse `value` for this product, or undefined when the
 * product's rules (when known) allow it. Compared exactly, in big decimals.
 */
export function faceValueProblem(
  rules: ProductValueRules,
  value: BigNumberInput,
  currency: string
): string | undefined {
  const amount = MathBN.convert(value)
  const shown = `${toMajorUnits(value, currency)} ${currency}`
  if (MathBN.lte(amount, 0)) return `a face value must be positive, got ${shown}`
  if (rules.denominations && rules.denominations.length > 0) {
    if (!rules.denominations.some((denomination) => MathBN.eq(denomination, amount))) {
      return `${shown} is not one of the product's denominations (${rules.denominations.join(", ")} ${currency})`
    }
    return undefined
  }
  if (rules.minValue !== undefined && MathBN.lt(amount, rules.minValue)) {
    return `${shown} is below the product's minimum of ${rules.minValue} ${currency}`
  }
  if (rules.maxValue !== undefined && MathBN.gt(amount, rules.maxValue)) {
    return `${shown} is above the product's maximum of ${rules.maxValue} ${currency}`
  }
  return undefined
}
