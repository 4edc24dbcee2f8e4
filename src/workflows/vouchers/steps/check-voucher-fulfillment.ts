import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { toWholeNumber } from "../../../lib/gifting/money"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"

export type VoucherFulfillmentCheck = {
  order_id: string
  fulfillment_id: string
  /** Mark shipped: every voucher succeeded and Medusa has no shipment yet. */
  ship: boolean
  /** Mark delivered: every voucher succeeded and Medusa has no delivery yet. */
  deliver: boolean
  items: { id: string; quantity: number }[]
}

type FulfillmentRow = {
  id: string
  shipped_at?: unknown
  delivered_at?: unknown
  canceled_at?: unknown
  items?: ({ line_item_id?: string | null; quantity: BigNumberInput } | null)[] | null
}

/**
 * Whether a UGiftMe fulfillment is done: all its vouchers succeeded (UGiftMe
 * emails them), and what Medusa still has to record (shipment, delivery).
 * Reads only.
 */
export const checkVoucherFulfillmentStep = createStep(
  "check-voucher-fulfillment",
  async ({ order_id, fulfillment_id }: { order_id: string; fulfillment_id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const rows = (await gifting.listVoucherOrders({ fulfillment_id })) as VoucherOrderRecord[]
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "shipped_at", "delivered_at", "canceled_at", "items.line_item_id", "items.quantity"],
      filters: { id: fulfillment_id },
    })
    const fulfillment = data[0] as unknown as FulfillmentRow | undefined
    const done = rows.length > 0 && rows.every((row) => row.status === "succeeded")
    const live = Boolean(fulfillment) && !fulfillment?.canceled_at
    const quantities = new Map<string, number>()
    for (const item of fulfillment?.items ?? []) {
      if (!item?.line_item_id) continue
      quantities.set(
        item.line_item_id,
        (quantities.get(item.line_item_id) ?? 0) + toWholeNumber(item.quantity)
      )
    }
    return new StepResponse<VoucherFulfillmentCheck>({
      order_id,
      fulfillment_id,
      ship: done && live && !fulfillment?.shipped_at,
      deliver: done && live && !fulfillment?.delivered_at,
      items: [...quantities].map(([id, quantity]) => ({ id, quantity })),
    })
  }
)
