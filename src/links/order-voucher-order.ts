import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import GiftingModule from "../modules/gifting"

/** A Medusa order has one UGiftMe voucher order per voucher unit it sold. */
export default defineLink(OrderModule.linkable.order, {
  linkable: GiftingModule.linkable.voucherOrder,
  isList: true,
})
