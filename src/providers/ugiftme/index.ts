import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { UgiftmeFulfillmentService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [UgiftmeFulfillmentService] })
