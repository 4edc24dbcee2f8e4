import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { findGiftyzetHostedCheckoutNotice } from "../../../../workflows/gift-orders/giftyzet-hosted-checkout"
import type { AdminGiftingStatusResponse } from "./types"

/**
 * `GET /admin/gifting/status`: which partners are configured, and whether
 * Giftyzet still accepts the plugin's orders. Never returns key material.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminGiftingStatusResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  res.json({
    partners: await gifting.getPartnersStatus(),
    giftyzet_hosted_checkout: await findGiftyzetHostedCheckoutNotice(gifting),
  })
}
