import { model } from "@medusajs/framework/utils"

/**
 * The last balance UGiftMe reported for one wallet currency (`wallet.updated`),
 * kept so the admin sees it without a partner call and so an older delivery
 * arriving late never overwrites a newer balance (`reported_at`).
 */
const VoucherWalletBalance = model
  .define("voucher_wallet_balance", {
    id: model.id({ prefix: "vwal" }).primaryKey(),
    currency: model.text(),
    balance: model.bigNumber(),
    available_balance: model.bigNumber().nullable(),
    source: model.text().nullable(),
    reported_at: model.dateTime(),
  })
  .indexes([{ on: ["currency"], unique: true, where: "deleted_at IS NULL" }])

export default VoucherWalletBalance
