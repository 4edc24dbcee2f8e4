import { model } from "@medusajs/framework/utils"

/** How the face value of a voucher is chosen for each unit sold. */
export const FACE_VALUE_MODES = ["variant_price", "fixed"] as const

/**
 * Which UGiftMe product a Medusa product variant is fulfilled with: one
 * voucher of `product_code` per unit sold, worth the unit price paid for the
 * variant (`variant_price`) or `fixed_value` (`fixed`), in `currency` (the
 * product's, which the variant's prices must use). `catalog_*` keep what
 * UGiftMe last said about the product; `catalog_flag` says why a mapping needs
 * the merchant's attention (product disabled, currency or values changed).
 */
const VoucherProduct = model
  .define("voucher_product", {
    id: model.id({ prefix: "vprod" }).primaryKey(),
    variant_id: model.text(),
    product_code: model.text(),
    merchant: model.text(),
    /** ISO 4217, upper case, as UGiftMe writes it. */
    currency: model.text(),
    face_value_mode: model.enum([...FACE_VALUE_MODES]).default("variant_price"),
    /** Major units; set only in `fixed` mode. */
    fixed_value: model.bigNumber().nullable(),
    product_name: model.text().nullable(),
    catalog_active: model.boolean().default(true),
    catalog_flag: model.text().nullable(),
    catalog_updated_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_code"], where: "deleted_at IS NULL" },
  ])

export default VoucherProduct
