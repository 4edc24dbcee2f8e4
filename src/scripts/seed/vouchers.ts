import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { SEED_REGIONS } from "./store-basics"
import type { VoucherProductRecord } from "../../lib/gifting/voucher-order-records"
import { createVoucherProductWorkflow } from "../../workflows/vouchers/create-voucher-product"
import { errorMessage } from "../../lib/error-message"

/** The UGiftMe fulfillment provider as the dev store registers it (`id: "ugiftme"`). */
export const VOUCHER_PROVIDER_ID = "ugiftme_ugiftme"

/** The UGiftMe product the seed's voucher is bought as (in the sandbox's catalog: GBP, £5–£500). */
export const SEED_VOUCHER_PRODUCT_CODE = "AMAZON_UK_STD"

/**
 * The voucher products' own shipping profile: the voucher option is offered
 * only for carts of voucher products (Medusa lists a shipping option for a
 * cart only when its profile is the items' profile), never for the mug.
 */
export const SEED_VOUCHER_SHIPPING_PROFILE = { name: "Digital vouchers", type: "voucher" }

/**
 * The seed's voucher shipping option: free, priced in the currency of every
 * seed region its service zone covers (an option without a price for the
 * cart's currency is listed with `amount: null`, shown as €NaN).
 */
export const SEED_VOUCHER_SHIPPING_OPTION = {
  providerId: VOUCHER_PROVIDER_ID,
  name: "Digital voucher by email",
  type: {
    label: "Digital voucher by email",
    description: "UGiftMe emails the voucher to the recipient.",
    code: "voucher-email",
  },
  prices: SEED_REGIONS.map((region) => ({ currency_code: region.currency_code, amount: 0 })),
}

export type SeedVoucherMapping = {
  id: string
  product_code: string
  currency: string
  face_value_mode: string
}

/**
 * A £25 voucher product (one GBP-priced variant in the sales channel) and its
 * mapping to UGiftMe's {@link SEED_VOUCHER_PRODUCT_CODE}, made with the same
 * workflow as `POST /admin/gifting/voucher-products` (so the live catalog
 * checks the product and the face value). The mapping is left out, with the
 * reason, when the store has no UGiftMe key or UGiftMe refuses it.
 */
export async function ensureVoucherProduct(
  container: MedusaContainer,
  input: { salesChannelId: string; shippingProfileId: string }
) {
  const products = container.resolve(Modules.PRODUCT)
  const handle = "amazon-uk-voucher-25"
  let [product] = await products.listProducts({ handle }, { relations: ["variants"] })
  if (!product) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "Amazon.co.uk voucher £25",
            handle,
            description: "A £25 Amazon.co.uk gift card, emailed to the recipient by UGiftMe.",
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: input.shippingProfileId,
            options: [{ title: "Value", values: ["£25"] }],
            variants: [
              {
                title: "£25",
                sku: "VOUCHER-AMAZON-UK-25",
                options: { Value: "£25" },
                manage_inventory: false,
                prices: [{ currency_code: "gbp", amount: 25 }],
              },
            ],
            sales_channels: [{ id: input.salesChannelId }],
          },
        ],
      },
    })
    product = result[0]
  }
  const variantIds = (product.variants ?? []).map((variant) => variant.id)
  const { mapping, mappingSkipped } = await ensureVoucherMapping(container, variantIds[0])
  return { product, variantIds, mapping, mappingSkipped }
}

async function ensureVoucherMapping(
  container: MedusaContainer,
  variantId: string
): Promise<{ mapping: SeedVoucherMapping | null; mappingSkipped: string | null }> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const [existing] = (await gifting.listVoucherProducts({ variant_id: variantId })) as VoucherProductRecord[]
  if (existing) return { mapping: mappingOf(existing), mappingSkipped: null }
  const { ugiftme } = await gifting.getPartnersStatus()
  if (!ugiftme.configured) {
    return { mapping: null, mappingSkipped: "UGiftMe is not configured (UGIFTME_API_KEY)" }
  }
  try {
    const { result } = await createVoucherProductWorkflow(container).run({
      input: {
        variant_id: variantId,
        product_code: SEED_VOUCHER_PRODUCT_CODE,
        face_value_mode: "variant_price",
      },
    })
    return { mapping: mappingOf(result as VoucherProductRecord), mappingSkipped: null }
  } catch (error) {
    // The rest of the seed stays useful when UGiftMe cannot be reached: map it later in the admin.
    return { mapping: null, mappingSkipped: errorMessage(error) }
  }
}

function mappingOf(record: VoucherProductRecord): SeedVoucherMapping {
  return {
    id: record.id,
    product_code: record.product_code,
    currency: record.currency,
    face_value_mode: record.face_value_mode,
  }
}
