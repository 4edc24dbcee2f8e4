import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findGiftShippingData } from "../../lib/gifting/order-kind"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { giftyzetRefusal, type GiftTotalsSource } from "../../lib/gifting/build-giftyzet-order-payload"
import type { ShippingMethodRow } from "../../lib/query-rows"

type CompletingCart = GiftTotalsSource & { shipping_methods?: ShippingMethodRow[] | null }

/**
 * Checkout refuses a gift Giftyzet cannot take, with a 400 that says why,
 * before the order exists or the payment is authorised: a zero total (a 100 %
 * promotion with free gift shipping), a total over Giftyzet's maximum, another
 * currency. Only the cart's final totals tell, after every promotion, so the
 * check runs when the cart completes (`completeCartWorkflow`'s validate hook);
 * the shipping-method check cannot see the gift shipping price or a later
 * promotion. The rule is the one the sync applies (`giftyzetRefusal`).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const completing = cart as unknown as CompletingCart
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!(await findGiftShippingData(query, completing.shipping_methods ?? []))) return
  const options = await container.resolve<GiftingModuleService>(GIFTING_MODULE).getOptions()
  const refusal = giftyzetRefusal(completing, options.giftyzet.currency)
  if (refusal) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${refusal}.`)
  }
})
