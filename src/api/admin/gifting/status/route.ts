import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import type { GiftingPartnersStatus } from "../../../../modules/gifting/partner-status"

export type AdminGiftingStatusResponse = {
  partners: GiftingPartnersStatus
}

/** `GET /admin/gifting/status`: which partners are configured. Never returns key material. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminGiftingStatusResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  res.json({ partners: await gifting.getPartnersStatus() })
}
