/** `POST /admin/gifting/ugiftme/webhook/send-test`: how the store's receiver answered UGiftMe's test delivery. */
export type AdminUgiftmeWebhookTestResponse = {
  ok: boolean
  status_code: number | null
  error_message: string | null
}
