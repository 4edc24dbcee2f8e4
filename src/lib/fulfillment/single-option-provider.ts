import type { FulfillmentOption } from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"

/**
 * What the plugin's two fulfillment providers ("Send as a gift", "Digital
 * voucher by email") have in common: each offers exactly one fulfillment
 * option, priced flat by the store's shipping option (never calculated).
 * A provider says which option it offers; its own rules (the checkout data,
 * fulfilling, cancelling) stay in the provider.
 */
export abstract class SingleOptionFulfillmentProvider extends AbstractFulfillmentProviderService {
  /** The one option, as the admin lists it when staff create a shipping option. */
  protected abstract fulfillmentOption(): FulfillmentOption

  /** Why the price is never calculated, e.g. "Send as a gift uses a flat price". */
  protected abstract readonly flatPriceMessage: string

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [this.fulfillmentOption()]
  }

  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return data.id === this.fulfillmentOption().id
  }

  override async canCalculate(): Promise<boolean> {
    return false
  }

  override async calculatePrice(): Promise<never> {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, this.flatPriceMessage)
  }
}
