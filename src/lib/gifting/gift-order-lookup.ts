import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import type { GiftOrderRecord } from "./gift-order-records"
import { findGiftShippingData } from "./order-kind"

/** Who the shopper said would receive the gift (from the shipping method). */
export type RequestedRecipient = {
  name: string
  email: string
  phone: string | null
  gift_message: string | null
}

/** The gift row of an order, by its unique `order_id`. */
export async function findGiftOrder(
  container: MedusaContainer,
  orderId: string
): Promise<GiftOrderRecord | null> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const [gift] = await gifting.listGiftOrders({ order_id: orderId })
  return (gift as GiftOrderRecord | undefined) ?? null
}

/**
 * The recipient the shopper named at checkout, or `null` when the order is
 * not a gift (see `order-kind`). Throws NOT_FOUND for an unknown order.
 */
export async function findRequestedRecipient(
  container: MedusaContainer,
  orderId: string
): Promise<RequestedRecipient | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_methods.shipping_option_id", "shipping_methods.data"],
    filters: { id: orderId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  const gift = await findGiftShippingData(query, data[0].shipping_methods ?? [])
  return gift
    ? {
        name: gift.recipient_name,
        email: gift.recipient_email,
        phone: gift.recipient_phone ?? null,
        gift_message: gift.gift_message ?? null,
      }
    : null
}
