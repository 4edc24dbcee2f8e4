import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"
import { valueRulesOf } from "../../../lib/gifting/ugiftme-catalog"
import { faceValueProblem } from "../../../lib/gifting/voucher-value"

/** The fields of a `product.updated` document the mappings depend on. */
export type VoucherCatalogProduct = {
  productCode: string
  name?: string
  merchant?: string
  currency?: string
  isActive?: boolean
  denominations?: number[]
  minValue?: number
  maxValue?: number
  updatedAt?: string
}

export type RefreshVoucherProductsResult = {
  product_code: string
  updated: string[]
  flagged: { id: string; flag: string }[]
}

/** Why a mapping no longer matches the product as UGiftMe now describes it, or null. */
export function mappingFlag(mapping: VoucherProductRecord, product: VoucherCatalogProduct): string | null {
  if (product.isActive === false)
    return "UGiftMe marks this product inactive: vouchers of it cannot be bought"
  const currency = product.currency?.toUpperCase()
  if (currency && currency !== mapping.currency) {
    return `UGiftMe now sells ${product.productCode} in ${currency}, the mapping is in ${mapping.currency}: update or remove it`
  }
  if (
    mapping.face_value_mode === "fixed" &&
    mapping.fixed_value !== null &&
    mapping.fixed_value !== undefined
  ) {
    const problem = faceValueProblem(valueRulesOf(product), mapping.fixed_value, mapping.currency)
    if (problem) return `The fixed value no longer fits the product: ${problem}`
  }
  return null
}

/**
 * Applies a `product.updated` document to the mappings of that product: name,
 * merchant and active flag are refreshed, and a mapping that no longer fits
 * (inactive, other currency, fixed value outside the values) is flagged for
 * the merchant. A document older than the last one applied changes nothing.
 */
export const refreshVoucherProductsStep = createStep(
  "refresh-voucher-products",
  async (product: VoucherCatalogProduct, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const mappings = (await gifting.listVoucherProducts({
      product_code: product.productCode,
    })) as VoucherProductRecord[]
    const updatedAt = product.updatedAt ? new Date(product.updatedAt) : new Date()
    const result: RefreshVoucherProductsResult = {
      product_code: product.productCode,
      updated: [],
      flagged: [],
    }
    for (const mapping of mappings) {
      if (mapping.catalog_updated_at && new Date(mapping.catalog_updated_at).getTime() > updatedAt.getTime())
        continue
      const flag = mappingFlag(mapping, product)
      await gifting.updateVoucherProducts({
        id: mapping.id,
        product_name: product.name ?? mapping.product_name,
        merchant: product.merchant ?? mapping.merchant,
        catalog_active: product.isActive ?? mapping.catalog_active,
        catalog_flag: flag,
        catalog_updated_at: updatedAt,
      })
      result.updated.push(mapping.id)
      if (flag) result.flagged.push({ id: mapping.id, flag })
    }
    return new StepResponse(result)
  }
)
