import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"

/**
 * The gift_order row of an order, created (and linked to the order) when it
 * does not exist yet. `order_id` is unique, so two concurrent runs end with one
 * row. The row is never removed on a later failure: a gift is never lost.
 */
export const ensureGiftOrderRecordStep = createStep(
  "ensure-gift-order-record",
  async ({ order_id }: { order_id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    let [giftOrder] = (await gifting.listGiftOrders({ order_id })) as GiftOrderRecord[]
    if (!giftOrder) {
      try {
        giftOrder = (await gifting.createGiftOrders({ order_id })) as GiftOrderRecord
      } catch (error) {
        // Lost a race against a concurrent run: the unique index kept one row.
        ;[giftOrder] = (await gifting.listGiftOrders({ order_id })) as GiftOrderRecord[]
        if (!giftOrder) throw error
      }
    }
    await ensureOrderLink(container, order_id, giftOrder.id)
    return new StepResponse(giftOrder)
  }
)

/**
 * Links the order to its gift row. Checked on every run, not only when the row
 * is created: a process that died between the two writes leaves a row without
 * its link, and a link to a row that no longer exists is replaced.
 */
async function ensureOrderLink(container: MedusaContainer, orderId: string, giftOrderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "gift_order.id"],
    filters: { id: orderId },
  })
  const linkedId = data[0]?.gift_order?.id
  if (linkedId === giftOrderId) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (linkedId) {
    await link.dismiss({
      [Modules.ORDER]: { order_id: orderId },
      [GIFTING_MODULE]: { gift_order_id: linkedId },
    })
  }
  await link.create({
    [Modules.ORDER]: { order_id: orderId },
    [GIFTING_MODULE]: { gift_order_id: giftOrderId },
  })
}
