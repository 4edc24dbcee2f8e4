import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"

export type ReadyVoucherFulfillment = { order_id: string; fulfillment_id: string }

/**
 * The order's UGiftMe fulfillments whose every voucher has succeeded and that
 * Medusa has not marked delivered yet: ready to be shipped and delivered.
 */
export const findReadyVoucherFulfillmentsStep = createStep(
  "find-ready-voucher-fulfillments",
  async ({ order_id, active = true }: { order_id: string; active?: boolean }, { container }) => {
    if (!active) return new StepResponse<ReadyVoucherFulfillment[]>([])
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const rows = (await gifting.listVoucherOrders({ order_id })) as VoucherOrderRecord[]
    const allSucceeded = new Map<string, boolean>()
    for (const row of rows) {
      if (!row.fulfillment_id) continue
      allSucceeded.set(
        row.fulfillment_id,
        (allSucceeded.get(row.fulfillment_id) ?? true) && row.status === "succeeded"
      )
    }
    const candidates = [...allSucceeded].filter(([, ok]) => ok).map(([id]) => id)
    if (candidates.length === 0) return new StepResponse<ReadyVoucherFulfillment[]>([])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "delivered_at", "canceled_at"],
      filters: { id: candidates },
    })
    const ready = data
      .filter((fulfillment) => fulfillment && !fulfillment.delivered_at && !fulfillment.canceled_at)
      .map((fulfillment) => ({ order_id, fulfillment_id: fulfillment.id }))
    return new StepResponse<ReadyVoucherFulfillment[]>(ready)
  }
)
