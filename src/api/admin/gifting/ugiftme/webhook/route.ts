import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../modules/gifting/service"
import { registerUgiftmeWebhookWorkflow } from "../../../../../workflows/vouchers/register-ugiftme-webhook"
import type { AdminRegisterUgiftmeWebhookType } from "./validators"
import type { AdminRegisterUgiftmeWebhookResponse, AdminUgiftmeWebhookResponse } from "./types"

type StoredWebhook = {
  id: string
  webhook_id: string
  url: string
  events: string[]
  is_active: boolean
  created_at: Date
}

/**
 * `GET /admin/gifting/ugiftme/webhook`: this store's subscription (never its
 * secret) with UGiftMe's delivery statistics, and whether a secret from the
 * `ugiftme.webhookSecret` option is set.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUgiftmeWebhookResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const options = (await gifting.getOptions()).ugiftme
  const [stored] = (await gifting.listVoucherWebhooks(
    {},
    { take: 1, order: { created_at: "DESC" } }
  )) as StoredWebhook[]
  let remote: NonNullable<AdminUgiftmeWebhookResponse["webhook"]>["ugiftme"] = null
  if (stored) {
    const found = (await (await gifting.getUgiftmeClient()).listWebhooks()).find(
      (webhook) => webhook.id === stored.webhook_id
    )
    remote = found
      ? {
          is_active: found.isActive ?? null,
          last_used: found.lastUsed ?? null,
          delivery_stats: found.deliveryStats ?? null,
        }
      : null
  }
  res.json({
    webhook: stored
      ? {
          id: stored.id,
          webhook_id: stored.webhook_id,
          url: stored.url,
          events: stored.events,
          is_active: stored.is_active,
          secret_stored: true,
          ugiftme: remote,
        }
      : null,
    option_secret_set: Boolean(options.webhookSecret),
    webhook_url_option: options.webhookUrl ?? null,
  })
}

/**
 * `POST /admin/gifting/ugiftme/webhook`: registers this store's webhook
 * subscription with UGiftMe (or updates it), for every event the plugin
 * handles, at `url` or the `ugiftme.webhookUrl` option. The signing secret
 * UGiftMe returns is kept by the plugin and never returned.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminRegisterUgiftmeWebhookType>,
  res: MedusaResponse<AdminRegisterUgiftmeWebhookResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const url = req.validatedBody.url ?? (await gifting.getOptions()).ugiftme.webhookUrl
  if (!url) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'No webhook URL: pass "url", or set the plugin option "ugiftme.webhookUrl" (env UGIFTME_WEBHOOK_URL) to the public URL of /hooks/gifting/ugiftme'
    )
  }
  const { result } = await registerUgiftmeWebhookWorkflow(req.scope).run({ input: { url } })
  res.status(result.created ? 201 : 200).json({ webhook: { ...result, secret_stored: true } })
}
