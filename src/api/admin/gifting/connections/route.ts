import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { checkGiftyzet, checkUgiftme } from "./check-connections"
import type { AdminGiftingConnectionsResponse } from "./types"

/**
 * `GET /admin/gifting/connections`: asks each configured partner whether it
 * accepts the store's key (Giftyzet `GET /validate`, UGiftMe `GET /auth`), for
 * the settings page. Never returns a key or a secret.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminGiftingConnectionsResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const partners = await gifting.getPartnersStatus()
  const [giftyzet, ugiftme] = await Promise.all([
    checkGiftyzet(partners.giftyzet.configured ? await gifting.getGiftyzetClient() : null),
    checkUgiftme(partners.ugiftme.configured ? await gifting.getUgiftmeClient() : null),
  ])
  res.json({ giftyzet, ugiftme, checked_at: new Date().toISOString() })
}
