import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import GiftingModule from "../modules/gifting"

/** A Medusa order has at most one gift order (Giftyzet). */
export default defineLink(OrderModule.linkable.order, GiftingModule.linkable.giftOrder)
