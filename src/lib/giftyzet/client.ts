import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import {
  PartnerClient,
  type PartnerAnswer,
  type PartnerCall,
  type PartnerClientLogger,
  type PartnerClientOptions,
  type PartnerNetworkError,
  type RefusedAnswer,
  summarizeIssues,
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
export type GiftyzetClientLogger = PartnerClientLogger

export type GiftyzetClientOptions = PartnerClientOptions & {
  /** Largest wait a `Retry-After` header can impose. Default 5 s. */
  retryAfterCapMs?: number
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

type Call = Pick<PartnerCall, "path" | "query" | "body"> & {
  method: "GET" | "POST" | "PATCH"
  /** Recognises an answer meaning "this deployment lacks the endpoint". */
  unsupported?: (status: number, body: unknown) => boolean
}

type CallResult = ({ kind: "ok" } & PartnerAnswer) | { kind: "unsupported" }

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
export class GiftyzetClient extends PartnerClient<GiftyzetError> {
  constructor(options: GiftyzetClientOptions) {
    super({
      ...options,
      apiBase: checkedBaseUrl(options.baseUrl),
      apiKey: checkedApiKey(options.apiKey),
      retryAfter: { capMs: options.retryAfterCapMs ?? 5_000, beyondCap: "wait-cap" },
    })
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
    const body = this.parseResult(giftyzetCreateOrderResponseSchema, result, "create-order answer")
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
    const result = await this.call({
      method: "GET",
      path: "/api/plugin/v1/orders",
      query: { external_order_id: externalOrderId },
    })
    return normalizeGiftyzetOrder(this.parseResult(giftyzetOrderResponseSchema, result, "order"))
  }

  /** `GET /api/plugin/v1/orders/{orderId}` */
  async getOrder(orderId: string): Promise<GiftyzetOrder> {
    const result = await this.call({
      method: "GET",
      path: `/api/plugin/v1/orders/${encodeURIComponent(orderId)}`,
    })
    return normalizeGiftyzetOrder(this.parseResult(giftyzetOrderResponseSchema, result, "order"))
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
    const body = this.parseResult(giftyzetValidateResponseSchema, result, "validate answer")
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
    const body = this.parseResult(giftyzetUpdateStatusResponseSchema, result, "status-update answer")
    return { supported: true, order_id: body.order_id, status: body.status, message: body.message ?? null }
  }

  /**
   * `GET /api/plugin/v1/orders?page&limit` (newest first, `limit` at most
   * 50). Documented deployments answer 400 asking for `external_order_id`:
   * `{ supported: false }`.
   */
  async listOrders(params: { page?: number; limit?: number } = {}): Promise<GiftyzetOrderPage> {
    const result = await this.call({
      method: "GET",
      path: "/api/plugin/v1/orders",
      query: {
        page: params.page,
        limit: params.limit === undefined ? undefined : Math.min(50, params.limit),
      },
      unsupported: (status, body) =>
        isMissingRoute(status, body) ||
        (status === 400 && partnerErrorText(body) === DOCUMENTED_LIST_REFUSAL),
    })
    if (result.kind === "unsupported") {
      return NOT_SUPPORTED
    }
    const body = this.parseResult(giftyzetOrderListResponseSchema, result, "order list")
    return {
      supported: true,
      orders: body.orders.map(normalizeGiftyzetOrderSummary),
      pagination: body.pagination,
    }
  }

  /** Every Giftyzet call is retried: setting a status is idempotent and a repeated create answers 409. */
  private async call({ unsupported, ...call }: Call): Promise<CallResult> {
    const answer = await this.send({ ...call, retry: "always", accepts: unsupported })
    return answer.status >= 200 && answer.status < 300 ? { kind: "ok", ...answer } : { kind: "unsupported" }
  }

  private parseResult<T extends z.ZodType>(schema: T, result: CallResult, what: string): z.output<T> {
    if (result.kind !== "ok") {
      throw new GiftyzetResponseError({ status: null, issues: ["endpoint not supported"], what })
    }
    return this.parse(schema, result, what)
  }

  protected errorForNoAnswer(failure: PartnerNetworkError, _call: string, timeoutMs: number): GiftyzetError {
    return new GiftyzetUnavailableError({
      status: null,
      timedOut: failure.timedOut,
      detail: failure.timedOut ? `timed out after ${timeoutMs} ms` : "connection failed",
      cause: failure,
    })
  }

  protected errorForBody(answer: PartnerAnswer, what: string, issues: string[]): GiftyzetError {
    return new GiftyzetResponseError({ status: answer.status, issues, what })
  }

  /** Giftyzet's status → error table. */
  protected errorForAnswer({ status, body, retryAfterMs, attempt }: RefusedAnswer): GiftyzetError {
    const partnerMessage = this.safeText(partnerErrorText(body)) ?? null
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
        return new GiftyzetUnavailableError({ ...init, retryAfterMs })
      default:
        return new GiftyzetValidationError(init)
    }
  }
}

function checkedBaseUrl(baseUrl: string): string {
  let parsed: URL | undefined
  try {
    parsed = new URL(baseUrl)
  } catch {
    parsed = undefined
  }
  if (parsed?.protocol !== "http:" && parsed?.protocol !== "https:") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "GiftyzetClient: baseUrl must be an absolute http(s) URL"
    )
  }
  return baseUrl
}

function checkedApiKey(apiKey: string): string {
  if (!apiKey || apiKey.trim() === "") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "GiftyzetClient: apiKey is required")
  }
  return apiKey.trim()
}
