import type GiftingModuleService from "../../modules/gifting/service"
import type { GiftyzetHostedCheckoutNotice } from "../../modules/gifting/partner-status"
import type { GiftOrderRecord } from "../../lib/gifting/gift-order-records"

export const GIFTYZET_HOSTED_CHECKOUT_DOCS_URL =
  "https://github.com/medusa-plugin-gifting/medusa-plugin-gifting#when-giftyzet-answers-410"

/**
 * What a gift records when Giftyzet answers its create with 410. The exact
 * text is also how the settings page finds such gifts: keep it in this one
 * place.
 */
export const GIFTYZET_HOSTED_CHECKOUT_ERROR =
  "Giftyzet no longer accepts orders from plugins (HTTP 410): orders are created by Giftyzet's hosted checkout. Not retried; see " +
  GIFTYZET_HOSTED_CHECKOUT_DOCS_URL

const NOTICE_MESSAGE =
  "This Giftyzet deployment no longer accepts orders from plugins: orders are created by Giftyzet's hosted checkout. New gifts are not sent and not retried."

/**
 * The notice for the settings page, when the latest gift that Giftyzet
 * answered was refused with 410; `null` once a later gift (or a staff retry
 * of that one) was created.
 */
export async function findGiftyzetHostedCheckoutNotice(
  gifting: GiftingModuleService
): Promise<GiftyzetHostedCheckoutNotice | null> {
  const latest = { take: 1, order: { created_at: "DESC" as const } }
  const [[refused], [synced]] = (await Promise.all([
    gifting.listGiftOrders({ sync_state: "failed", last_error: GIFTYZET_HOSTED_CHECKOUT_ERROR }, latest),
    gifting.listGiftOrders({ sync_state: "synced" }, latest),
  ])) as [GiftOrderRecord[], GiftOrderRecord[]]
  if (!refused) return null
  if (synced && new Date(synced.created_at).getTime() > new Date(refused.created_at).getTime()) return null
  return {
    message: NOTICE_MESSAGE,
    docs_url: GIFTYZET_HOSTED_CHECKOUT_DOCS_URL,
    order_id: refused.order_id,
    refused_at: refused.updated_at,
  }
}
