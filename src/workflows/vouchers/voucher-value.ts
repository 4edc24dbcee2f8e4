import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toMajorUnits } from "../gift-orders/money"

export type FaceValueRule = {
  face_value_mode: "variant_price" | "fixed"
  fixed_value?: BigNumberInput | null
}

/**
 * Face value of one voucher, in major units of `currency`, rounded to its
 * decimals: the fixed value of the mapping, or the unit price the customer
 * paid for the variant (before discounts: the voucher keeps its face value).
 */
export function voucherFaceValue(rule: FaceValueRule, unitPrice: BigNumberInput, currency: string): number {
  if (rule.face_value_mode === "fixed") {
    return toMajorUnits(rule.fixed_value ?? 0, currency)
  }
  return toMajorUnits(unitPrice, currency)
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
