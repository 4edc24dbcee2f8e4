import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateOrderWorkflow } from "@medusajs/medusa/core-flows"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { toRecipientShippingAddress } from "../../../lib/gifting/recipient-address"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"

/**
 * When the merchant enabled `giftyzet.applyRecipientAddress`, replaces the
 * order's shipping address with the confirmed recipient's name, phone and
 * free-text address (city, postcode, province, country and company cleared,
 * see `toRecipientShippingAddress`), through Medusa's own order update
 * (recorded as an order change).
 *
 * Medusa's `GET /store/orders/:id` returns the shipping address to anyone who
 * holds the order id, so with this option on the recipient's address is
 * readable there; it is off by default (see docs/privacy.md).
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
