/**
 * In-memory data model of the UGiftMe sandbox. Everything here is plain JSON
 * so the whole state can be written to `persistFile` and read back.
 *
 * Money is stored in integer minor units (`*Minor` fields) and only converted
 * to major-unit numbers in response bodies.
 */

import { emptyRequestCounts, type RequestCounts } from "../common/request-counts"

/** Business profile state as reported by `GET /auth`. */
export type ProfileStatus = "verified" | "incomplete" | "pending"

export type Account = {
  apiKey: string
  userId: string
  name: string
  email: string
  plan: string
  profileStatus: ProfileStatus
  /** Reported on `GET /auth` when the profile is incomplete. */
  missingFields: string[]
  /** IPs or IPv4 CIDR ranges; empty means any caller IP is accepted. */
  ipAllowList: string[]
  /** When set, the key is rejected with 401 and this reason. */
  revokedReason: string | null
  createdAt: string
}

export type WalletTransaction = {
  _id: string
  transactionType: "funding" | "purchase"
  /** Major units, positive for both funding and purchases. */
  transactionValue: number
  timestamp: string
  orderID: string | null
  details: string
}

export type Wallet = {
  _id: string
  userID: string
  currency: string
  balanceMinor: number
  /** Reservations of pending async order requests, keyed by order request id. */
  holds: Record<string, number>
  transactions: WalletTransaction[]
  createdAt: string
  updatedAt: string
}

export type Product = {
  _id: string
  productCode: string
  name: string
  merchant: string
  category: string
  countryCode: string
  currency: string
  imageUrl: string
  description: string
  redemptionUrl: string
  denominationType: "fixed" | "range"
  /** Allowed values when `denominationType` is "fixed". */
  denominations?: number[]
  /** Inclusive bounds when `denominationType` is "range". */
  minValue?: number
  maxValue?: number
  isActive: boolean
  createdAt: string
  updatedAt: string
}

/** A validated `POST /orders` item. */
export type OrderInput = {
  productCode: string
  merchant: string
  currency: string
  valuePurchased: number
  recipientEmail?: string
  recipientName?: string
  giftMessage?: string
}

export type StoredOrder = {
  _id: string
  userId: string
  productCode: string
  merchant: {
    name: string
    distributionMethod: "EMAIL"
    voucherCode: string
    redemptionUrl: string
  }
  currency: string
  valuePurchased: number
  status: string
  isPaid: boolean
  isActive: boolean
  isActivated: boolean
  usageLimit: number
  expiryDate: string
  giftOrder?: { message?: string; recipientEmail?: string; recipientName?: string }
  transactionId: string
  createdAt: string
  updatedAt: string
  imageUrl: string
  /** Internal bookkeeping, never rendered. */
  orderRequestId: string | null
  idempotencyKey: string | null
}

export type OrderRequestStatus = "queued" | "processing" | "succeeded" | "failed"

export type RejectedOrder = { productCode: string; reason: string }

export type OrderRequest = {
  _id: string
  userId: string
  type: "single" | "bulk"
  status: OrderRequestStatus
  inputs: OrderInput[]
  rejectedOrders: RejectedOrder[]
  currency: string
  totalMinor: number
  idempotencyKey: string | null
  /** Failure decided at acceptance by the "fail next orders" fault. */
  plannedFailure: string | null
  result: unknown
  error: string | null
  createdAt: string
  updatedAt: string
}

export type WebhookSubscription = {
  _id: string
  userId: string
  url: string
  events: string[]
  description: string | null
  secret: string
  isActive: boolean
  lastUsed: string | null
  deliveryStats: { success: number; failed: number }
  createdAt: string
  updatedAt: string
}

/** The first successful answer to a keyed create, replayed verbatim. */
export type IdempotencyRecord = {
  fingerprint: string
  status: number
  body: unknown
  headers: Record<string, string>
  createdAt: string
}

export type Counters = {
  ordersCreated: number
  /** Orders created per `Idempotency-Key` value (any account). */
  ordersByIdempotencyKey: Record<string, number>
  /** Purchase debits per API key. */
  debits: Record<string, { count: number; totalsByCurrency: Record<string, number> }>
  requests: RequestCounts
}

export type SandboxState = {
  version: 1
  accounts: Account[]
  wallets: Wallet[]
  products: Product[]
  orders: StoredOrder[]
  orderRequests: OrderRequest[]
  webhooks: WebhookSubscription[]
  idempotency: Record<string, IdempotencyRecord>
  counters: Counters
}

/** Runtime settings, changeable through the control endpoints. */
export type SandboxConfig = {
  asyncOrders: boolean
  processingDelayMs: number
  webhookTimeScale: number
  webhookReceiverTimeoutMs: number
  webhookTestTimeoutMs: number
  /**
   * Simulated supplier time of a create, spent before the balance check and
   * debit (which stay one atomic step) and inside the idempotency lock.
   */
  orderLatencyMs: number
  /**
   * Stricter readings of `Idempotency-Key`, which the docs leave open (all
   * off by default: the tolerant reading):
   * - `replayFailures`: a 4xx answer (400, 402, 404…) is stored and replayed
   *   for the same key, like a success;
   * - `conflictInFlight`: a request whose key is still being processed is
   *   answered 409 at once, instead of waiting for the first to finish;
   * - `keyTtlSeconds`: a key is forgotten this long after its first answer
   *   (0 = never), so a later request with it is processed as new.
   */
  idempotency: { replayFailures: boolean; conflictInFlight: boolean; keyTtlSeconds: number }
}

/** The tolerant idempotency reading (the default). */
export const TOLERANT_IDEMPOTENCY: SandboxConfig["idempotency"] = {
  replayFailures: false,
  conflictInFlight: false,
  keyTtlSeconds: 0,
}

/** Stored failures replayed and 409 while in flight; keys kept (set `keyTtlSeconds` apart). */
export const STRICT_IDEMPOTENCY: SandboxConfig["idempotency"] = {
  replayFailures: true,
  conflictInFlight: true,
  keyTtlSeconds: 0,
}

export type LimiterName = "products" | "webhooks" | "wallet" | "orders"

export type RateLimitRule = { limit: number; windowMs: number }

export type ErrorBody = { error: string; [key: string]: unknown }

/** What a route handler answers; the server turns it into bytes. */
export type HandlerResult = {
  status: number
  body: unknown
  headers?: Record<string, string>
  /**
   * How the answer reaches the client. Anything but "respond" is a fault:
   * "error" answers 500 instead, "drop" destroys the socket, "hang" never answers.
   */
  transport?: "respond" | "error" | "drop" | "hang"
}

export function emptyCounters(): Counters {
  return { ordersCreated: 0, ordersByIdempotencyKey: {}, debits: {}, requests: emptyRequestCounts() }
}
