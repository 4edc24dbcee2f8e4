import { model } from "@medusajs/framework/utils"

/**
 * This store's UGiftMe webhook subscription, with the signing secret UGiftMe
 * returned once when it was created. The secret is stored as given (not
 * encrypted), verifies deliveries and is never sent back to any client.
 */
const VoucherWebhook = model
  .define("voucher_webhook", {
    id: model.id({ prefix: "vwh" }).primaryKey(),
    webhook_id: model.text(),
    url: model.text(),
    events: model.array(),
    secret: model.text(),
    is_active: model.boolean().default(true),
  })
  .indexes([{ on: ["webhook_id"], unique: true, where: "deleted_at IS NULL" }])

export default VoucherWebhook
