import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

/** A physical product that can be sent as a gift, priced in major units. */
export async function ensureGiftableProduct(
  container: MedusaContainer,
  input: { salesChannelId: string; shippingProfileId: string }
) {
  const products = container.resolve(Modules.PRODUCT)
  const handle = "gift-mug"
  const [existing] = await products.listProducts({ handle }, { relations: ["variants"] })
  if (existing) {
    return existing
  }
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Ceramic Gift Mug",
          handle,
          description: "A hand-glazed mug, ready to be sent as a gift.",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: input.shippingProfileId,
          options: [{ title: "Colour", values: ["Ocean"] }],
          variants: [
            {
              title: "Ocean",
              sku: "GIFT-MUG-OCEAN",
              options: { Colour: "Ocean" },
              manage_inventory: false,
              prices: [
                { currency_code: "eur", amount: 24.9 },
                { currency_code: "gbp", amount: 21.5 },
              ],
            },
          ],
          sales_channels: [{ id: input.salesChannelId }],
        },
      ],
    },
  })
  return result[0]
}
