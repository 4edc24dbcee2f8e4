import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrderWorkflow } from "@medusajs/medusa/core-flows"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { toRecipientShippingAddress } from "../recipient-address"
import type { GiftOrderRecord } from "../types"

/**
 * When the merchant enabled `giftyzet.applyRecipientAddress`, puts the
 * confirmed recipient's name and address on the order's shipping address,
 * through Medusa's own order update (recorded as an order change).
 */
export const applyRecipientAddressStep = createStep(
  "apply-recipient-address",
  async ({ gift_order }: { gift_order: GiftOrderRecord }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const options = await gifting.getOptions()
    if (!options.giftyzet.applyRecipientAddress || !gift_order.recipient_address) {
      return new StepResponse({ applied: false })
    }
    const address = toRecipientShippingAddress({
      name: gift_order.recipient_name,
      phone: gift_order.recipient_phone,
      address: gift_order.recipient_address,
    })
    await updateOrderWorkflow(container).run({
      input: { id: gift_order.order_id, user_id: "gifting-plugin", shipping_address: address },
    })
    return new StepResponse({ applied: true })
  }
)
