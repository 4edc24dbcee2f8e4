/** The store's UGiftMe webhook subscription, as the admin may see it: never its secret. */
type UgiftmeSubscription = {
  id: string
  webhook_id: string
  url: string
  events: string[]
  is_active: boolean
}

/** `GET /admin/gifting/ugiftme/webhook`: the store's subscription with UGiftMe's delivery statistics. */
export type AdminUgiftmeWebhookResponse = {
  webhook:
    | (UgiftmeSubscription & {
        secret_stored: boolean
        ugiftme: {
          is_active: boolean | null
          last_used: string | null
          delivery_stats: { success?: number; failed?: number } | null
        } | null
      })
    | null
  option_secret_set: boolean
  webhook_url_option: string | null
}

/** `POST /admin/gifting/ugiftme/webhook`: the subscription registered (201) or updated (200). */
export type AdminRegisterUgiftmeWebhookResponse = {
  webhook: UgiftmeSubscription & { created: boolean; secret_stored: true }
}
