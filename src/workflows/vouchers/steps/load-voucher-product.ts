import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"

/** One mapping; NOT_FOUND when it does not exist. Reads only. */
export const loadVoucherProductStep = createStep(
  "load-voucher-product",
  async ({ id }: { id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    return new StepResponse((await gifting.retrieveVoucherProduct(id)) as VoucherProductRecord)
  }
)
