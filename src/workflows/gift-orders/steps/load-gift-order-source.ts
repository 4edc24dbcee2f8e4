import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GiftyzetCreateOrderInput } from "../../../lib/giftyzet"
import { isGiftShippingData } from "../../../providers/giftyzet/shipping-data"
import { buildGiftyzetOrderPayload, type GiftOrderSource } from "../build-giftyzet-order-payload"
import type { ShippingMethodRow } from "../../../lib/query-rows"

export type LoadGiftOrderSourceInput = { order_id: string }

export type GiftOrderSourceResult =
  | { is_gift: false; order_id: string }
  | { is_gift: true; order_id: string; payload: GiftyzetCreateOrderInput }

/** The order fields a Giftyzet order is built from; totals are asked for explicitly. */
export const GIFT_ORDER_SOURCE_FIELDS = [
  "id",
  "email",
  "currency_code",
  "total",
  "tax_total",
  "shipping_subtotal",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.unit_price",
  "items.quantity",
  // Query returns an order item's quantity on its detail row.
  "items.detail.quantity",
  "items.thumbnail",
  "billing_address.*",
  "shipping_address.*",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  "shipping_methods.data",
]

/**
 * Reads the order and, when one of its shipping methods is "Send as a gift",
 * builds the Giftyzet create payload from it. Reads only; no partner call.
 */
export const loadGiftOrderSourceStep = createStep(
  "load-gift-order-source",
  async ({ order_id }: LoadGiftOrderSourceInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: GIFT_ORDER_SOURCE_FIELDS,
      filters: { id: order_id },
    })
    const order = data[0]
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    const giftData = (order.shipping_methods ?? [])
      .map((method: ShippingMethodRow) => method?.data)
      .find(isGiftShippingData)
    if (!giftData) {
      return new StepResponse<GiftOrderSourceResult>({ is_gift: false, order_id })
    }
    const payload = buildGiftyzetOrderPayload(order as unknown as GiftOrderSource, giftData)
    return new StepResponse<GiftOrderSourceResult>({ is_gift: true, order_id, payload })
  }
)
