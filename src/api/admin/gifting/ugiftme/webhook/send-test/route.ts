import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../../modules/gifting/service"
import type { AdminUgiftmeWebhookTestResponse } from "./types"

/**
 * `POST /admin/gifting/ugiftme/webhook/send-test`: asks UGiftMe to send a signed
 * `webhook.test` delivery to this store's subscription now, and tells how
 * the store's receiver answered.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUgiftmeWebhookTestResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const [stored] = (await gifting.listVoucherWebhooks({}, { take: 1, order: { created_at: "DESC" } })) as {
    webhook_id: string
  }[]
  if (!stored) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No UGiftMe webhook subscription yet: register it with POST /admin/gifting/ugiftme/webhook"
    )
  }
  const result = await (await gifting.getUgiftmeClient()).testWebhook(stored.webhook_id)
  res.json({
    ok: result.ok,
    status_code: result.statusCode ?? null,
    error_message: result.errorMessage ?? null,
  })
}
