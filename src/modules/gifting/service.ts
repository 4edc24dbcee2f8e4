import { MedusaService } from "@medusajs/framework/utils"
import GiftOrder from "./models/gift-order"
import type { GiftingPluginOptions, ResolvedGiftingOptions } from "./options"
import { describePartners, type GiftingPartnersStatus } from "./partner-status"

type InjectedDependencies = {
  giftingOptions: ResolvedGiftingOptions
}

/**
 * The gifting module: gift orders (Giftyzet) and the plugin's validated
 * options. Partner I/O lives in the partner clients, not here.
 */
export default class GiftingModuleService extends MedusaService({ GiftOrder }) {
  protected readonly options_: ResolvedGiftingOptions

  constructor(dependencies: InjectedDependencies, moduleOptions?: GiftingPluginOptions) {
    super(dependencies, moduleOptions)
    this.options_ = dependencies.giftingOptions
  }

  /** Which partners are set up, for the admin. Contains no secret. */
  async getPartnersStatus(): Promise<GiftingPartnersStatus> {
    return describePartners(this.options_)
  }
}
