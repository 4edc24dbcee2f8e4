import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"

/**
 * Notes on each unit which Medusa fulfillment holds it. No compensation: the
 * fulfillment exists and its units are bought; a later failure changes neither.
 */
export const recordVoucherFulfillmentStep = createStep(
  "record-voucher-fulfillment",
  async (
    { fulfillment_id, voucher_order_ids }: { fulfillment_id: string; voucher_order_ids: string[] },
    { container }
  ) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    if (voucher_order_ids.length > 0) {
      await gifting.updateVoucherOrders(voucher_order_ids.map((id) => ({ id, fulfillment_id })))
    }
    return new StepResponse({ fulfillment_id, voucher_order_ids })
  }
)
