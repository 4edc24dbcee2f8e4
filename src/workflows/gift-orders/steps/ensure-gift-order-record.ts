import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { GiftOrderRecord } from "../types"

/**
 * The gift_order row of an order, created (and linked to the order) when it
 * does not exist yet. `order_id` is unique, so two concurrent runs end with one
 * row. The row is never removed on a later failure: a gift is never lost.
 */
export const ensureGiftOrderRecordStep = createStep(
  "ensure-gift-order-record",
  async ({ order_id }: { order_id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const [existing] = await gifting.listGiftOrders({ order_id })
    if (existing) {
      return new StepResponse(existing as GiftOrderRecord)
    }
    let created: GiftOrderRecord
    try {
      created = (await gifting.createGiftOrders({ order_id })) as GiftOrderRecord
    } catch (error) {
      // Lost a race against a concurrent run: the unique index kept one row.
      const [winner] = await gifting.listGiftOrders({ order_id })
      if (winner) return new StepResponse(winner as GiftOrderRecord)
      throw error
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.ORDER]: { order_id },
      [GIFTING_MODULE]: { gift_order_id: created.id },
    })
    return new StepResponse(created)
  }
)
