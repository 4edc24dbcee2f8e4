/**
 * UGiftMe sandbox: an in-process stand-in for the UGiftMe Business API
 * (`/api/v1/business`) with control endpoints under `/__sandbox/ugiftme`.
 * Built on Node built-ins only so it runs from the compiled plugin anywhere.
 */
export { startUgiftmeSandbox, API_PREFIX, CONTROL_PREFIX } from "./server"
export type { UgiftmeSandbox, UgiftmeSandboxOptions } from "./server"
export { UgiftmeSandboxControl } from "./control-client"
export type { DeliveryAttempt } from "./webhook-dispatcher"
export type { Counters as UgiftmeSandboxCounters, LimiterName, RateLimitRule, ProfileStatus } from "./types"
export type { DebitThenFailMode, FaultSnapshot } from "./faults"
export { startWebhookReceiver } from "./webhook-receiver"
export type { ReceivedDelivery, WebhookReceiver } from "./webhook-receiver"
