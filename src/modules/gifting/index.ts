import { Module } from "@medusajs/framework/utils"
import registerPartnerClientsLoader from "./loaders/register-partner-clients"
import validateOptionsLoader from "./loaders/validate-options"
import GiftingModuleService from "./service"

export const GIFTING_MODULE = "gifting"

export default Module(GIFTING_MODULE, {
  service: GiftingModuleService,
  loaders: [validateOptionsLoader, registerPartnerClientsLoader],
})

export { GiftingModuleService }
export type { GiftingPluginOptions, ResolvedGiftingOptions } from "./options"
export type { GiftingPartnersStatus, PartnerStatus } from "./partner-status"
