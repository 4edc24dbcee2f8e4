/** `GET /admin/gifting/ugiftme/webhook`: the store's subscription (never its secret). */
export type AdminUgiftmeWebhookResponse = {
  webhook: {
    id: string
    webhook_id: string
    url: string
    events: string[]
    is_active: boolean
    secret_stored: boolean
    ugiftme: {
      is_active: boolean | null
      last_used: string | null
      delivery_stats: { success?: number; failed?: number } | null
    } | null
  } | null
  option_secret_set: boolean
  webhook_url_option: string | null
}

/** `POST /admin/gifting/ugiftme/webhook`: the subscription registered (201) or updated (200), never its secret. */
export type AdminRegisterUgiftmeWebhookResponse = {
  webhook: {
    id: string
    webhook_id: string
    url: string
    events: string[]
    is_active: boolean
    created: boolean
    secret_stored: true
  }
}
