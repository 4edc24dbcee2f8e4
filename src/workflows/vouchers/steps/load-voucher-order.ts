import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"

/** One voucher_order row; NOT_FOUND when it does not exist. Reads only. */
export const loadVoucherOrderStep = createStep(
  "load-voucher-order",
  async ({ voucher_order_id }: { voucher_order_id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const [voucher] = (await gifting.listVoucherOrders({ id: voucher_order_id })) as VoucherOrderRecord[]
    if (!voucher) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Voucher order ${voucher_order_id} was not found`)
    }
    return new StepResponse(voucher)
  }
)
