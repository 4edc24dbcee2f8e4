import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { GiftyzetFulfillmentService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [GiftyzetFulfillmentService] })
