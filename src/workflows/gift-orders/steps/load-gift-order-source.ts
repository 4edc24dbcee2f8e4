import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GiftyzetCreateOrderInput } from "../../../lib/giftyzet"
import { findGiftShippingData } from "../../../lib/gifting/order-kind"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import {
  buildGiftyzetOrderPayload,
  type GiftOrderSource,
} from "../../../lib/gifting/build-giftyzet-order-payload"

export type LoadGiftOrderSourceInput = { order_id: string }

export type GiftOrderSourceResult =
  | { is_gift: false; order_id: string }
  | {
      is_gift: true
      order_id: string
      /** The order is canceled: its gift is never created on Giftyzet from now on. */
      canceled: boolean
      payload: GiftyzetCreateOrderInput
      refusal: null
    }
  /** A gift Giftyzet cannot take (currency, total): ends failed for staff, never retried. */
  | { is_gift: true; order_id: string; canceled: boolean; payload: null; refusal: string }

/**
 * The order fields a Giftyzet order is built from; totals are asked for explicitly.
 * Items and shipping methods are read whole (`items.*`, `shipping_methods.*`):
 * the Order Module computes the totals from the rows it loads, and Medusa 2.18
 * loads only the named columns of a relation, so a partial list of item or
 * shipping-method fields there yields totals of 0 (2.19 and later load them whole anyway).
 */
export const GIFT_ORDER_SOURCE_FIELDS = [
  "id",
  "status",
  "email",
  "currency_code",
  "total",
  "credit_line_total",
  "tax_total",
  "shipping_total",
  "shipping_tax_total",
  // title, product_title, variant_title, quantity, thumbnail and the amounts totals are made of
  "items.*",
  "items.total",
  "items.tax_total",
  // Query returns an order item's quantity on its detail row.
  "items.detail.quantity",
  "billing_address.*",
  "shipping_address.*",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
  // data and shipping_option_id, and the amount shipping_total is made of
  "shipping_methods.*",
]

/**
 * Reads the order and, when it is a gift (see `lib/gifting/order-kind`),
 * builds the Giftyzet create payload from it, or the reason Giftyzet cannot
 * take it, and says whether the order is canceled. Reads only; no partner call.
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
    const giftData = await findGiftShippingData(query, order.shipping_methods ?? [])
    if (!giftData) {
      return new StepResponse<GiftOrderSourceResult>({ is_gift: false, order_id })
    }
    const options = await container.resolve<GiftingModuleService>(GIFTING_MODULE).getOptions()
    const built = buildGiftyzetOrderPayload(
      order as unknown as GiftOrderSource,
      giftData,
      options.giftyzet.currency
    )
    const canceled = order.status === "canceled"
    return new StepResponse<GiftOrderSourceResult>(
      built.ok
        ? { is_gift: true, order_id, canceled, payload: built.payload, refusal: null }
        : { is_gift: true, order_id, canceled, payload: null, refusal: built.reason }
    )
  }
)
