import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  fetchWithTimeout,
  parseJsonBody,
  parseRetryAfter,
  PartnerNetworkError,
  sleep,
  type BackoffPolicy,
} from "../http"
import {
  GiftyzetAuthError,
  GiftyzetConflictError,
  GiftyzetError,
  GiftyzetGoneError,
  GiftyzetNotFoundError,
  GiftyzetResponseError,
  GiftyzetUnavailableError,
  GiftyzetValidationError,
  safePartnerText,
} from "./errors"
import {
  normalizeGiftyzetOrder,
  normalizeGiftyzetOrderSummary,
  type GiftyzetOrder,
  type GiftyzetOrderSummary,
} from "./normalize"
import {
  giftyzetCreateOrderInputSchema,
  giftyzetCreateOrderResponseSchema,
  giftyzetErrorBodySchema,
  giftyzetOrderListResponseSchema,
  giftyzetOrderResponseSchema,
  giftyzetUpdateStatusResponseSchema,
  giftyzetValidateResponseSchema,
  type GiftyzetCreateOrderInput,
  type GiftyzetOrderStatus,
} from "./schemas"

/** Where the client reports retries. Medusa's `Logger` fits. */
export type GiftyzetClientLogger = {
  warn(message: string): void
}

export type GiftyzetClientOptions = {
  /** Giftyzet deployment, e.g. `https://app.giftyzet.com` (or a sandbox URL). */
  baseUrl: string
  apiKey: string
  /** Deadline per attempt, headers and body included. Default 10 s. */
  timeoutMs?: number
  /** Retries after the first attempt, for retryable failures only. Default 3. */
  maxRetries?: number
  /** Full-jitter backoff between retries. */
  backoff?: BackoffPolicy
  /** Largest wait a `Retry-After` header can impose. Default 5 s. */
  retryAfterCapMs?: number
  logger?: GiftyzetClientLogger
  /** Told after every attempt whether Giftyzet answered below 500 (`false`: 5xx, timeout, no connection). */
  onAttempt?: (healthy: boolean) => void
}

/** Answer of a successful create. Keep `recipient_link`: newer GETs omit it. */
export type GiftyzetCreatedOrder = {
  order_id: string
  order_number: string
  recipient_link: string
  gift_token: string | null
  status: GiftyzetOrderStatus
  message: string | null
}

/** The deployment does not have this endpoint (older Giftyzet). */
export type GiftyzetNotSupported = { supported: false }

export type GiftyzetValidateResult =
  | { supported: true; valid: boolean; integration_name: string | null; message: string | null }
  | GiftyzetNotSupported

export type GiftyzetStatusUpdateResult =
  | { supported: true; order_id: string; status: GiftyzetOrderStatus; message: string | null }
  | GiftyzetNotSupported

export type GiftyzetOrderPage =
  | {
      supported: true
      orders: GiftyzetOrderSummary[]
      pagination: { page: number; limit: number; total: number }
    }
  | GiftyzetNotSupported

type HttpMethod = "GET" | "POST" | "PATCH"

type Call = {
  method: HttpMethod
  path: string
  body?: unknown
  /** Recognises an answer meaning "this deployment lacks the endpoint". */
  unsupported?: (status: number, body: unknown) => boolean
}

type CallResult = { kind: "ok"; status: number; body: unknown } | { kind: "unsupported" }

const NOT_SUPPORTED: GiftyzetNotSupported = { supported: false }
const DOCUMENTED_LIST_REFUSAL = "Query parameter external_order_id is required"

function partnerErrorText(body: unknown): string | undefined {
  const parsed = giftyzetErrorBodySchema.safeParse(body)
  return parsed.success ? parsed.data.error : undefined
}

/**
 * A 404 from the plugin API itself carries a JSON `{ error }`; a 404 without
 * one (an HTML page) means the route does not exist on this deployment.
 */
function isMissingRoute(status: number, body: unknown): boolean {
  return status === 405 || (status === 404 && partnerErrorText(body) === undefined)
}

/**
 * Client of Giftyzet's plugin API (`/api/plugin/v1`). Reads both the
 * documented and the newer GET shapes into one {@link GiftyzetOrder}, maps
 * failures to typed errors and retries the retryable ones.
 */
export class GiftyzetClient {
  readonly #apiKey: string
  private readonly baseUrl: string
  private readonly timeoutMs: number
  private readonly maxRetries: number
  private readonly backoff: BackoffPolicy
  private readonly retryAfterCapMs: number
  private readonly logger: GiftyzetClientLogger | undefined
  private readonly onAttempt: ((healthy: boolean) => void) | undefined

  constructor(options: GiftyzetClientOptions) {
    let parsed: URL
    try {
      parsed = new URL(options.baseUrl)
    } catch {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "GiftyzetClient: baseUrl must be an absolute http(s) URL"
      )
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "GiftyzetClient: baseUrl must be an absolute http(s) URL"
      )
    }
    if (!options.apiKey || options.apiKey.trim() === "") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "GiftyzetClient: apiKey is required")
    }
    this.#apiKey = options.apiKey.trim()
    this.baseUrl = options.baseUrl.replace(/\/+$/, "")
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.maxRetries = Math.max(0, options.maxRetries ?? 3)
    this.backoff = options.backoff ?? DEFAULT_BACKOFF
    this.retryAfterCapMs = options.retryAfterCapMs ?? 5_000
    this.logger = options.logger
    this.onAttempt = options.onAttempt
  }

  /**
   * `POST /api/plugin/v1/orders`. The payload is checked against
   * {@link giftyzetCreateOrderInputSchema} before sending.
   *
   * Retrying a create is safe: Giftyzet refuses a second order with the same
   * `external_order_id` for the integration with 409. So if an attempt times
   * out after Giftyzet stored the order, the retry gets a
   * {@link GiftyzetConflictError} (`afterRetry: true`) instead of creating a
   * duplicate, and the caller fetches the order by its external id.
   */
  async createOrder(payload: GiftyzetCreateOrderInput): Promise<GiftyzetCreatedOrder> {
    const input = giftyzetCreateOrderInputSchema.safeParse(payload)
    if (!input.success) {
      throw new GiftyzetValidationError({
        status: null,
        source: "client",
        partnerMessage: summarizeIssues(input.error.issues).join("; "),
      })
    }
    const result = await this.call({ method: "POST", path: "/api/plugin/v1/orders", body: input.data })
    const body = this.parse(giftyzetCreateOrderResponseSchema, result, "create-order answer")
    return {
      order_id: body.order_id,
      order_number: body.order_number,
      recipient_link: body.recipient_link,
      gift_token: body.gift_token ?? null,
      status: body.status,
      message: body.message ?? null,
    }
  }

  /** `GET /api/plugin/v1/orders?external_order_id=` */
  async getOrderByExternalId(externalOrderId: string): Promise<GiftyzetOrder> {
    if (externalOrderId.trim() === "") {
      throw new GiftyzetValidationError({
        status: null,
        source: "client",
        partnerMessage: "external_order_id is empty",
      })
    }
    const query = new URLSearchParams({ external_order_id: externalOrderId })
    const result = await this.call({ method: "GET", path: `/api/plugin/v1/orders?${query.toString()}` })
    return normalizeGiftyzetOrder(this.parse(giftyzetOrderResponseSchema, result, "order"))
  }

  /** `GET /api/plugin/v1/orders/{orderId}` */
  async getOrder(orderId: string): Promise<GiftyzetOrder> {
    const result = await this.call({
      method: "GET",
      path: `/api/plugin/v1/orders/${encodeURIComponent(orderId)}`,
    })
    return normalizeGiftyzetOrder(this.parse(giftyzetOrderResponseSchema, result, "order"))
  }

  /**
   * `GET /api/plugin/v1/validate`: a cheap check of the key. Older
   * deployments lack it (404/405): `{ supported: false }`, i.e. the key is
   * unverified, not wrong. A wrong key throws {@link GiftyzetAuthError}.
   */
  async validate(): Promise<GiftyzetValidateResult> {
    const result = await this.call({
      method: "GET",
      path: "/api/plugin/v1/validate",
      unsupported: (status) => status === 404 || status === 405,
    })
    if (result.kind === "unsupported") {
      return NOT_SUPPORTED
    }
    const body = this.parse(giftyzetValidateResponseSchema, result, "validate answer")
    return {
      supported: true,
      valid: body.valid,
      integration_name: body.integration_name ?? null,
      message: body.message ?? null,
    }
  }

  /**
   * `PATCH /api/plugin/v1/orders/{orderId}` with `{ status }` (setting a
   * status is idempotent, so it is retried like a GET). `{ supported: false }`
   * when the deployment lacks the route (405, or 404 without a JSON error);
   * a 404 with Giftyzet's JSON error is a {@link GiftyzetNotFoundError}.
   */
  async updateStatus(orderId: string, status: GiftyzetOrderStatus): Promise<GiftyzetStatusUpdateResult> {
    const result = await this.call({
      method: "PATCH",
      path: `/api/plugin/v1/orders/${encodeURIComponent(orderId)}`,
      body: { status },
      unsupported: isMissingRoute,
    })
    if (result.kind === "unsupported") {
      return NOT_SUPPORTED
    }
    const body = this.parse(giftyzetUpdateStatusResponseSchema, result, "status-update answer")
    return { supported: true, order_id: body.order_id, status: body.status, message: body.message ?? null }
  }

  /**
   * `GET /api/plugin/v1/orders?page&limit` (newest first, `limit` at most
   * 50). Documented deployments answer 400 asking for `external_order_id`:
   * `{ supported: false }`.
   */
  async listOrders(params: { page?: number; limit?: number } = {}): Promise<GiftyzetOrderPage> {
    const query = new URLSearchParams()
    if (params.page !== undefined) {
      query.set("page", String(params.page))
    }
    if (params.limit !== undefined) {
      query.set("limit", String(Math.min(50, params.limit)))
    }
    const queryText = query.toString()
    const suffix = queryText === "" ? "" : `?${queryText}`
    const result = await this.call({
      method: "GET",
      path: `/api/plugin/v1/orders${suffix}`,
      unsupported: (status, body) =>
        isMissingRoute(status, body) ||
        (status === 400 && partnerErrorText(body) === DOCUMENTED_LIST_REFUSAL),
    })
    if (result.kind === "unsupported") {
      return NOT_SUPPORTED
    }
    const body = this.parse(giftyzetOrderListResponseSchema, result, "order list")
    return {
      supported: true,
      orders: body.orders.map(normalizeGiftyzetOrderSummary),
      pagination: body.pagination,
    }
  }

  private async call(call: Call): Promise<CallResult> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.attempt(call, attempt)
      } catch (error) {
        if (!(error instanceof GiftyzetError) || !error.retryable || attempt >= this.maxRetries) {
          throw error
        }
        const delay = this.retryDelay(error, attempt)
        this.logger?.warn(
          `Giftyzet ${call.method} ${call.path.split("?")[0]} failed (${error.message}); retry ${attempt + 1}/${this.maxRetries} in ${delay} ms`
        )
        await sleep(delay)
      }
    }
  }

  private retryDelay(error: GiftyzetError, attempt: number): number {
    const backoff = backoffDelay(attempt, this.backoff)
    if (error instanceof GiftyzetUnavailableError && error.retryAfterMs !== undefined) {
      return Math.min(Math.max(error.retryAfterMs, backoff), this.retryAfterCapMs)
    }
    return backoff
  }

  private async attempt(call: Call, attempt: number): Promise<CallResult> {
    const headers: Record<string, string> = { "X-API-Key": this.#apiKey, Accept: "application/json" }
    if (call.body !== undefined) {
      headers["Content-Type"] = "application/json"
    }
    let response: Response
    let text: string
    try {
      ;({ response, text } = await fetchWithTimeout({
        url: `${this.baseUrl}${call.path}`,
        init: {
          method: call.method,
          headers,
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        },
        timeoutMs: this.timeoutMs,
      }))
    } catch (error) {
      if (error instanceof PartnerNetworkError) {
        this.onAttempt?.(false)
        throw new GiftyzetUnavailableError({
          status: null,
          timedOut: error.timedOut,
          detail: error.timedOut ? `timed out after ${this.timeoutMs} ms` : "connection failed",
          cause: error,
        })
      }
      throw error
    }
    this.onAttempt?.(response.status < 500)
    const body = parseJsonBody(text)
    if (response.ok) {
      return { kind: "ok", status: response.status, body }
    }
    if (call.unsupported?.(response.status, body)) {
      return { kind: "unsupported" }
    }
    throw this.errorFor(response, body, attempt)
  }

  private errorFor(response: Response, body: unknown, attempt: number): GiftyzetError {
    const status = response.status
    const raw = partnerErrorText(body)
    const partnerMessage = raw === undefined ? null : safePartnerText(raw, [this.#apiKey])
    const init = { status, partnerMessage }
    switch (true) {
      case status >= 300 && status < 400:
        return new GiftyzetResponseError({
          status,
          issues: ["redirects are not followed; check that baseUrl is the deployment's final URL"],
          what: "redirect",
        })
      case status === 401 || status === 403:
        return new GiftyzetAuthError(init)
      case status === 404:
        return new GiftyzetNotFoundError(init)
      case status === 409:
        return new GiftyzetConflictError({ ...init, afterRetry: attempt > 0 })
      case status === 410:
        return new GiftyzetGoneError(init)
      case status === 408 || status === 429 || status >= 500:
        return new GiftyzetUnavailableError({
          ...init,
          retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
        })
      default:
        return new GiftyzetValidationError(init)
    }
  }

  private parse<T extends z.ZodType>(schema: T, result: CallResult, what: string): z.output<T> {
    if (result.kind !== "ok") {
      throw new GiftyzetResponseError({ status: null, issues: ["endpoint not supported"], what })
    }
    const parsed = schema.safeParse(result.body)
    if (!parsed.success) {
      throw new GiftyzetResponseError({
        status: result.status,
        issues: summarizeIssues(parsed.error.issues),
        what,
      })
    }
    return parsed.data
  }
}

/** `path: message` for the first few issues; zod messages carry no values. */
function summarizeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  const summary = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`)
  return issues.length > 5 ? [...summary, `and ${issues.length - 5} more`] : summary
}
