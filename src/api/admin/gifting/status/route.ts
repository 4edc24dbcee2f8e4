import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import type {
  GiftingPartnersStatus,
  GiftyzetHostedCheckoutNotice,
} from "../../../../modules/gifting/partner-status"
import { findGiftyzetHostedCheckoutNotice } from "../../../../workflows/gift-orders/giftyzet-hosted-checkout"

export type AdminGiftingStatusResponse = {
  partners: GiftingPartnersStatus
  /** Set when Giftyzet refuses plugin orders (410): its hosted checkout creates them. */
  giftyzet_hosted_checkout: GiftyzetHostedCheckoutNotice | null
}

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
