/** UGiftMe Business API: typed client, errors, webhook signature check and event payloads. */
export { UgiftmeClient, UGIFTME_API_PATH } from "./client"
export type { UgiftmeClientOptions, UgiftmeLogger } from "./client"
export * from "./errors"
export * from "./types"
export { verifyWebhookSignature } from "./verify-webhook-signature"
export {
  parseWebhookEvent,
  extractOrderIds,
  UGIFTME_WEBHOOK_EVENTS,
  webhookEventMismatch,
} from "./webhook-events"
export type {
  UgiftmeWebhookEvent,
  UgiftmeOrderLifecyclePayload,
  UgiftmeOrderSucceededPayload,
  UgiftmeOrderFailedPayload,
  UgiftmeWalletUpdatedPayload,
  UgiftmeWebhookTestPayload,
  UgiftmeProductUpdatedPayload,
} from "./webhook-events"
