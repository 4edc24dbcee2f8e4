import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UgiftmeError } from "../../../lib/ugiftme"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { toMajorUnits } from "../../../lib/gifting/money"
import type { VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"
import { findCatalogProduct, valueRulesOf } from "../../../lib/gifting/ugiftme-catalog"
import { faceValueProblem } from "../../../lib/gifting/voucher-value"

export type VoucherProductInput = {
  variant_id: string
  product_code: string
  face_value_mode: "variant_price" | "fixed"
  fixed_value?: number | null
  /** Set when updating this mapping. */
  id?: string
}

export type ValidatedVoucherProduct = {
  variant_id: string
  product_code: string
  merchant: string
  currency: string
  face_value_mode: "variant_price" | "fixed"
  fixed_value: number | null
  product_name: string | null
  catalog_active: boolean
  catalog_flag: string | null
  catalog_updated_at: Date
}

type VariantRow = {
  id: string
  title?: string | null
  prices?: ({ currency_code?: string | null; amount?: BigNumberInput | null } | null)[] | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a variant ↔ UGiftMe product mapping against the variant and the live
 * catalog: the product exists (its merchant and currency come from UGiftMe),
 * every price of the variant is in the product's currency (a voucher is
 * bought in the currency the customer paid in), the face value — the fixed
 * value, or each variant price — is one UGiftMe sells, and the variant is not
 * mapped already. Reads only.
 */
export const validateVoucherProductStep = createStep(
  "validate-voucher-product",
  async (input: VoucherProductInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "prices.currency_code", "prices.amount"],
      filters: { id: input.variant_id },
    })
    const variant = data[0] as unknown as VariantRow | undefined
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product variant ${input.variant_id} was not found`)
    }
    const [mapped] = (await gifting.listVoucherProducts({
      variant_id: input.variant_id,
    })) as VoucherProductRecord[]
    if (mapped && mapped.id !== input.id) {
      throw invalid(
        `Variant ${input.variant_id} is already mapped (${mapped.id}): update that mapping instead`
      )
    }

    let product
    try {
      product = await findCatalogProduct(await gifting.getUgiftmeClient(), input.product_code)
    } catch (error) {
      if (error instanceof UgiftmeError) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Could not read the UGiftMe catalog to check ${input.product_code} (${error.message}); try again`
        )
      }
      throw error
    }
    if (!product) throw invalid(`UGiftMe has no product with productCode "${input.product_code}"`)
    const currency = product.currency?.toUpperCase()
    const merchant = product.merchant
    if (!currency || !merchant) {
      throw invalid(`UGiftMe product ${input.product_code} has no currency or merchant in the catalog`)
    }

    const prices = (variant.prices ?? []).filter(
      (price): price is { currency_code: string; amount: BigNumberInput } =>
        Boolean(price?.currency_code) && price?.amount !== null && price?.amount !== undefined
    )
    if (prices.length === 0)
      throw invalid(`Variant ${input.variant_id} has no price: price it in ${currency} first`)
    const foreign = [...new Set(prices.map((price) => price.currency_code.toUpperCase()))].filter(
      (code) => code !== currency
    )
    if (foreign.length > 0) {
      throw invalid(
        `Currency mismatch: variant ${input.variant_id} is priced in ${foreign.join(", ")} but UGiftMe product ` +
          `${input.product_code} is sold in ${currency}. Price the variant in ${currency} only, or map a ${foreign[0]} product.`
      )
    }

    const rules = valueRulesOf(product)
    let fixedValue: number | null = null
    if (input.face_value_mode === "fixed") {
      if (input.fixed_value === undefined || input.fixed_value === null) {
        throw invalid(`fixed_value is required when face_value_mode is "fixed"`)
      }
      const problem = faceValueProblem(rules, input.fixed_value, currency)
      if (problem) throw invalid(`fixed_value: ${problem}`)
      fixedValue = toMajorUnits(input.fixed_value, currency)
    } else {
      for (const price of prices) {
        const problem = faceValueProblem(rules, price.amount, currency)
        if (problem)
          throw invalid(`Variant price: ${problem}; use face_value_mode "fixed" or change the price`)
      }
    }

    return new StepResponse<ValidatedVoucherProduct>({
      variant_id: input.variant_id,
      product_code: input.product_code,
      merchant,
      currency,
      face_value_mode: input.face_value_mode,
      fixed_value: fixedValue,
      product_name: product.name ?? null,
      catalog_active: product.isActive ?? true,
      catalog_flag: product.isActive === false ? "UGiftMe marks this product inactive" : null,
      catalog_updated_at: new Date(),
    })
  }
)
