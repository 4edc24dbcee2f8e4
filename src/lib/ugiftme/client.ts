import type { z } from "@medusajs/framework/zod"
import {
  DEFAULT_BACKOFF,
  PartnerNetworkError,
  backoffDelay,
  fetchWithTimeout,
  parseJsonBody,
  parseRetryAfter,
  sleep,
} from "../http"
import type { BackoffPolicy } from "../http"
import {
  UgiftmeAuthError,
  UgiftmeError,
  UgiftmeForbiddenError,
  UgiftmeInProgressError,
  UgiftmeInsufficientFundsError,
  UgiftmeNotFoundError,
  UgiftmeRateLimitedError,
  UgiftmeResponseError,
  UgiftmeUnavailableError,
  UgiftmeValidationError,
} from "./errors"
import {
  accountSchema,
  bulkCreatedSchema,
  createdWebhookSchema,
  orderAcceptedSchema,
  orderPageSchema,
  orderRequestSchema,
  orderSchema,
  orderSearchPageSchema,
  productFiltersSchema,
  productPageSchema,
  transactionPageSchema,
  walletBalanceListSchema,
  walletListSchema,
  webhookListSchema,
  webhookTestResultSchema,
  webhookUpdatedSchema,
} from "./schemas"
import type {
  UgiftmeAccount,
  UgiftmeCreateBulkOrderResult,
  UgiftmeCreateOrderInput,
  UgiftmeCreateOrderResult,
  UgiftmeCreatedWebhook,
  UgiftmeOrder,
  UgiftmeOrderPage,
  UgiftmeOrderRequest,
  UgiftmeOrderSearchPage,
  UgiftmeProductFilters,
  UgiftmeProductPage,
  UgiftmeTransactionPage,
  UgiftmeWallet,
  UgiftmeWalletBalance,
  UgiftmeWebhookEventName,
  UgiftmeWebhookSubscription,
  UgiftmeWebhookTestResult,
} from "./types"

export const UGIFTME_API_PATH = "/api/v1/business"

/** Anything with `warn` (Medusa's logger, `console`). Only ever receives redacted text. */
export type UgiftmeLogger = { warn(message: string): void; debug?(message: string): void }

export type UgiftmeClientOptions = {
  /** Origin, e.g. `https://api-stage.ugift.me`; the client appends `/api/v1/business`. */
  baseUrl: string
  apiKey: string
  /** Per attempt, headers and body included. Default 10 000. */
  timeoutMs?: number
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number
  /** Jittered backoff between retries. Default 200 ms doubling up to 5 s. */
  backoff?: BackoffPolicy
  /** A 429 asking to wait longer than this is thrown at once instead of waited out. Default 30 000. */
  maxRetryAfterMs?: number
  logger?: UgiftmeLogger
  /** Told after every attempt whether UGiftMe answered below 500 (`false`: 5xx, timeout, no connection). */
  onAttempt?: (healthy: boolean) => void
}

/**
 * "always": retry on 429, 5xx, network failure and timeout (reads, and keyed creates).
 * "rate-limit-only": retry on 429 only (a 429 means nothing was processed).
 */
type RetryPolicy = "always" | "rate-limit-only"

type RequestSpec = {
  method: "GET" | "POST" | "PATCH" | "DELETE"
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  idempotencyKey?: string
  retry: RetryPolicy
}

type Answer = { status: number; json: unknown }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function stringField(body: unknown, field: string): string | undefined {
  return isRecord(body) && typeof body[field] === "string" ? body[field] : undefined
}

function numberField(body: unknown, field: string): number | undefined {
  return isRecord(body) && typeof body[field] === "number" ? body[field] : undefined
}

function stringListField(body: unknown, field: string): string[] | undefined {
  if (!isRecord(body)) return undefined
  const value = body[field]
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined
}

function requireIdempotencyKey(method: string, key: unknown): string {
  if (typeof key !== "string" || key.trim() === "") {
    // eslint-disable-next-line @medusajs/use-medusa-error-not-generic-error -- caller bug, not a partner or HTTP error
    throw new TypeError(`UgiftmeClient.${method} requires a non-empty idempotencyKey`)
  }
  return key
}

/**
 * Typed client of the UGiftMe Business API over native `fetch`.
 *
 * Retries: reads are retried on 429 (honouring `retry-after`), 5xx, network
 * failures and timeouts, with jittered backoff. Order creation is retried on
 * the same conditions ONLY because every attempt re-sends the same
 * `Idempotency-Key` with byte-identical JSON: if an earlier attempt was
 * processed but its answer was lost, the partner replays the first result
 * instead of buying again. Webhook writes carry no key and are retried on 429
 * alone.
 *
 * The API key, webhook secrets and voucher codes are never logged nor put in
 * error messages.
 */
export class UgiftmeClient {
  private readonly apiBase: string
  private readonly apiKey: string
  private readonly timeoutMs: number
  private readonly maxRetries: number
  private readonly backoff: BackoffPolicy
  private readonly maxRetryAfterMs: number
  private readonly logger: UgiftmeLogger | undefined
  private readonly onAttempt: ((healthy: boolean) => void) | undefined

  constructor(options: UgiftmeClientOptions) {
    // eslint-disable-next-line @medusajs/use-medusa-error-not-generic-error -- caller bug, not a partner or HTTP error
    if (!options.apiKey) throw new TypeError("UgiftmeClient needs an apiKey")
    const origin = options.baseUrl.replace(/\/+$/, "")
    this.apiBase = origin.endsWith(UGIFTME_API_PATH) ? origin : `${origin}${UGIFTME_API_PATH}`
    this.apiKey = options.apiKey
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.maxRetries = Math.max(0, options.maxRetries ?? 3)
    this.backoff = options.backoff ?? DEFAULT_BACKOFF
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000
    this.logger = options.logger
    this.onAttempt = options.onAttempt
  }

  /** `GET /auth`: checks the key; 403 (`UgiftmeForbiddenError`) for an incomplete or unverified business. */
  async verifyCredentials(): Promise<UgiftmeAccount> {
    return this.read("/auth", accountSchema)
  }

  async listProducts(
    params: { page?: number; limit?: number; category?: string; merchant?: string; currency?: string } = {}
  ): Promise<UgiftmeProductPage> {
    return this.read("/products", productPageSchema, params)
  }

  async getProductFilters(): Promise<UgiftmeProductFilters> {
    return this.read("/products/filters", productFiltersSchema)
  }

  /**
   * `POST /orders`. `idempotencyKey` is required and must be stable for one
   * purchase (e.g. derived from the store's line item): reuse it on every
   * retry, including retries by later jobs, and never for another purchase.
   */
  async createOrder(
    input: UgiftmeCreateOrderInput,
    options: { idempotencyKey: string }
  ): Promise<UgiftmeCreateOrderResult> {
    const idempotencyKey = requireIdempotencyKey("createOrder", options?.idempotencyKey)
    const answer = await this.request({
      method: "POST",
      path: "/orders",
      body: input,
      idempotencyKey,
      retry: "always",
    })
    if (
      answer.status === 202 ||
      (isRecord(answer.json) && answer.json._id === undefined && "orderRequestId" in answer.json)
    ) {
      const accepted = this.parse(orderAcceptedSchema, answer, "POST /orders")
      return { kind: "queued", orderRequestId: accepted.orderRequestId, status: accepted.status }
    }
    return { kind: "created", order: this.parse(orderSchema, answer, "POST /orders") }
  }

  /** `POST /orders/bulk`, same idempotency contract as {@link createOrder}. */
  async createBulkOrder(
    orders: UgiftmeCreateOrderInput[],
    options: { idempotencyKey: string }
  ): Promise<UgiftmeCreateBulkOrderResult> {
    const idempotencyKey = requireIdempotencyKey("createBulkOrder", options?.idempotencyKey)
    const answer = await this.request({
      method: "POST",
      path: "/orders/bulk",
      body: { orders },
      idempotencyKey,
      retry: "always",
    })
    if (
      answer.status === 202 ||
      (isRecord(answer.json) && !("orders" in answer.json) && "orderRequestId" in answer.json)
    ) {
      const accepted = this.parse(orderAcceptedSchema, answer, "POST /orders/bulk")
      return { kind: "queued", orderRequestId: accepted.orderRequestId, status: accepted.status }
    }
    const created = this.parse(bulkCreatedSchema, answer, "POST /orders/bulk")
    return {
      kind: "created",
      orders: created.orders,
      summary: created.summary,
      rejectedOrders: created.rejectedOrders,
    }
  }

  async getOrder(orderId: string): Promise<UgiftmeOrder> {
    return this.read(`/orders/${encodeURIComponent(orderId)}`, orderSchema)
  }

  async getOrderRequest(orderRequestId: string): Promise<UgiftmeOrderRequest> {
    return this.read(`/orders/order-requests/${encodeURIComponent(orderRequestId)}`, orderRequestSchema)
  }

  async listOrders(
    params: { page?: number; limit?: number; sortBy?: string; order?: "asc" | "desc" } = {}
  ): Promise<UgiftmeOrderPage> {
    return this.read("/orders", orderPageSchema, params)
  }

  async searchOrders(
    params: {
      merchant?: string
      status?: string
      isActive?: boolean
      isPaid?: boolean
      startDate?: string
      endDate?: string
      page?: number
      limit?: number
      sortBy?: string
      order?: "asc" | "desc"
    } = {}
  ): Promise<UgiftmeOrderSearchPage> {
    return this.read("/orders/search", orderSearchPageSchema, params)
  }

  async getWallets(): Promise<UgiftmeWallet[]> {
    return this.read("/wallet", walletListSchema)
  }

  /** One entry per wallet currency, whatever shape the partner answers with. */
  async getBalance(): Promise<UgiftmeWalletBalance[]> {
    return this.read("/wallet/balance", walletBalanceListSchema)
  }

  async listTransactions(params: { page?: number; limit?: number } = {}): Promise<UgiftmeTransactionPage> {
    return this.read("/wallet/transactions", transactionPageSchema, params)
  }

  /**
   * The answer holds the subscription's `secret`, shown only once: the caller stores it
   * (`voucher_webhook.secret`, as given) and never returns it.
   */
  async createWebhook(input: {
    url: string
    events: UgiftmeWebhookEventName[]
    description?: string
  }): Promise<UgiftmeCreatedWebhook> {
    const answer = await this.request({
      method: "POST",
      path: "/webhooks",
      body: input,
      retry: "rate-limit-only",
    })
    return this.parse(createdWebhookSchema, answer, "POST /webhooks")
  }

  async listWebhooks(): Promise<UgiftmeWebhookSubscription[]> {
    return this.read("/webhooks", webhookListSchema)
  }

  /** Changes a subscription without rotating its secret; give at least one field. */
  async updateWebhook(
    webhookId: string,
    change: { url?: string; events?: UgiftmeWebhookEventName[]; description?: string; isActive?: boolean }
  ): Promise<UgiftmeWebhookSubscription> {
    const answer = await this.request({
      method: "PATCH",
      path: `/webhooks/${encodeURIComponent(webhookId)}`,
      body: change,
      retry: "rate-limit-only",
    })
    return this.parse(webhookUpdatedSchema, answer, "PATCH /webhooks/{id}").webhook
  }

  async deleteWebhook(webhookId: string): Promise<void> {
    await this.request({
      method: "DELETE",
      path: `/webhooks/${encodeURIComponent(webhookId)}`,
      retry: "rate-limit-only",
    })
  }

  /** Asks UGiftMe to send a signed `webhook.test` delivery now. */
  async testWebhook(webhookId: string): Promise<UgiftmeWebhookTestResult> {
    const answer = await this.request({
      method: "POST",
      path: "/webhooks/test",
      body: { webhookId },
      retry: "rate-limit-only",
    })
    return this.parse(webhookTestResultSchema, answer, "POST /webhooks/test")
  }

  private async read<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: RequestSpec["query"]
  ): Promise<z.output<S>> {
    const answer = await this.request({ method: "GET", path, query, retry: "always" })
    return this.parse(schema, answer, `GET ${path}`)
  }

  private parse<S extends z.ZodType>(schema: S, answer: Answer, what: string): z.output<S> {
    const parsed = schema.safeParse(answer.json)
    if (parsed.success) return parsed.data
    // Issue paths only: values could be voucher codes.
    const issues = parsed.error.issues.map((issue) => issue.path.map(String).join(".") || "(root)")
    throw new UgiftmeResponseError({
      message: `UGiftMe ${what} answered ${answer.status} with an unexpected body (fields: ${issues.join(", ")})`,
      status: answer.status,
      issues,
    })
  }

  private url(path: string, query: RequestSpec["query"]): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, String(value))
    }
    const search = params.toString()
    return `${this.apiBase}${path}${search ? `?${search}` : ""}`
  }

  /** Sends with retries; returns 2xx answers, throws typed errors for the rest. */
  private async request(spec: RequestSpec): Promise<Answer> {
    // Serialized once: every retry re-sends exactly these bytes under the same key.
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body)
    const headers: Record<string, string> = {
      Accept: "application/json",
      "X-API-Key": this.apiKey,
      "User-Agent": "medusa-plugin-gifting",
    }
    if (body !== undefined) headers["Content-Type"] = "application/json"
    if (spec.idempotencyKey !== undefined) headers["Idempotency-Key"] = spec.idempotencyKey
    const url = this.url(spec.path, spec.query)
    const label = `${spec.method} ${spec.path}`

    for (let attempt = 0; ; attempt++) {
      let error: UgiftmeError
      try {
        const { response, text } = await fetchWithTimeout({
          url,
          init: { method: spec.method, headers, body },
          timeoutMs: this.timeoutMs,
        })
        this.onAttempt?.(response.status < 500)
        const json = parseJsonBody(text)
        if (response.status >= 200 && response.status < 300) return { status: response.status, json }
        error = this.toError(response, json, label)
      } catch (caught) {
        if (!(caught instanceof PartnerNetworkError)) throw caught
        this.onAttempt?.(false)
        error = new UgiftmeUnavailableError({
          message: `UGiftMe ${label} ${caught.timedOut ? `timed out after ${this.timeoutMs} ms` : "failed: no response"}`,
          timedOut: caught.timedOut,
          cause: caught,
        })
      }
      const delay = this.retryDelay(error, spec.retry, attempt)
      if (delay === undefined) throw error
      this.logger?.warn(`${error.message}; retry ${attempt + 1}/${this.maxRetries} in ${delay} ms`)
      await sleep(delay)
    }
  }

  /** Wait before the next attempt, or undefined to give up and throw. */
  private retryDelay(error: UgiftmeError, policy: RetryPolicy, attempt: number): number | undefined {
    if (attempt >= this.maxRetries) return undefined
    if (error instanceof UgiftmeRateLimitedError) {
      if (error.retryAfterMs === undefined) return backoffDelay(attempt, this.backoff)
      return error.retryAfterMs <= this.maxRetryAfterMs ? error.retryAfterMs : undefined
    }
    if (error instanceof UgiftmeUnavailableError && policy === "always")
      return backoffDelay(attempt, this.backoff)
    return undefined
  }

  private toError(response: Response, json: unknown, label: string): UgiftmeError {
    const status = response.status
    const partnerMessage = this.redact(stringField(json, "error"))
    const partnerDetail = this.redact(stringField(json, "message"))
    const detail = [partnerMessage, partnerDetail].filter(Boolean).join(": ")
    const message = `UGiftMe ${label} answered ${status}${detail ? ` (${detail})` : ""}`
    if (status >= 300 && status < 400) {
      return new UgiftmeResponseError({
        message: `${message}: redirects are not followed; check that baseUrl is the final URL`,
        status,
        issues: ["redirect"],
      })
    }
    switch (status) {
      case 400:
        return new UgiftmeValidationError({
          message,
          status,
          partnerMessage,
          validEvents: stringListField(json, "validEvents"),
        })
      case 401:
        return new UgiftmeAuthError({
          message,
          partnerMessage,
          reason: this.redact(stringField(json, "reason")),
        })
      case 402: {
        const required = numberField(json, "required")
        const available = numberField(json, "available")
        const currency = stringField(json, "currency")
        return new UgiftmeInsufficientFundsError({
          message:
            `${message}: required ${required ?? "?"} ${currency ?? ""}, available ${available ?? "?"}`.trimEnd(),
          required,
          available,
          currency,
        })
      }
      case 403:
        return new UgiftmeForbiddenError({
          message,
          reason: partnerMessage ?? "Forbidden",
          ip: stringField(json, "ip"),
          whitelistedIps: stringListField(json, "whitelistedIps"),
          profileStatus: stringField(json, "status"),
          missingFields: stringListField(json, "missingFields"),
        })
      case 404:
        return new UgiftmeNotFoundError({ message, partnerMessage })
      case 409:
        return new UgiftmeInProgressError({ message, partnerMessage })
      case 429:
        return new UgiftmeRateLimitedError({
          message,
          partnerMessage,
          retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
        })
      default:
        if (status >= 500) return new UgiftmeUnavailableError({ message, status, partnerMessage })
        return new UgiftmeValidationError({ message, status, partnerMessage })
    }
  }

  /** Partner text is echoed in messages; make sure our own key never is. */
  private redact(text: string | undefined): string | undefined {
    if (text === undefined) return undefined
    return text.split(this.apiKey).join("[redacted]").slice(0, 300)
  }
}
