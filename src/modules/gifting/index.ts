import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import GiftingModuleService from "./service"

export const GIFTING_MODULE = "gifting"

export default Module(GIFTING_MODULE, {
  service: GiftingModuleService,
  loaders: [validateOptionsLoader],
})

export { GiftingModuleService }
export type { GiftingPluginOptions, ResolvedGiftingOptions } from "./options"
export type { GiftingPartnersStatus, PartnerStatus } from "./partner-status"
