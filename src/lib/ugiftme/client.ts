import type { z } from "@medusajs/framework/zod"
import {
  PartnerClient,
  type PartnerAnswer,
  type PartnerCall,
  type PartnerClientLogger,
  type PartnerClientOptions,
  type PartnerNetworkError,
  type RefusedAnswer,
} from "../http"
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
export type UgiftmeLogger = PartnerClientLogger

export type UgiftmeClientOptions = PartnerClientOptions & {
  /** A 429 asking to wait longer than this is thrown at once instead of waited out. Default 30 000. */
  maxRetryAfterMs?: number
}

type RequestSpec = Omit<PartnerCall, "headers" | "accepts"> & { idempotencyKey?: string }

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
export class UgiftmeClient extends PartnerClient<UgiftmeError> {
  constructor(options: UgiftmeClientOptions) {
    // eslint-disable-next-line @medusajs/use-medusa-error-not-generic-error -- caller bug, not a partner or HTTP error
    if (!options.apiKey) throw new TypeError("UgiftmeClient needs an apiKey")
    const origin = options.baseUrl.replace(/\/+$/, "")
    super({
      ...options,
      apiBase: origin.endsWith(UGIFTME_API_PATH) ? origin : `${origin}${UGIFTME_API_PATH}`,
      retryAfter: { capMs: options.maxRetryAfterMs ?? 30_000, beyondCap: "give-up" },
    })
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
      (isRecord(answer.body) && answer.body._id === undefined && "orderRequestId" in answer.body)
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
      (isRecord(answer.body) && !("orders" in answer.body) && "orderRequestId" in answer.body)
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

  private request({ idempotencyKey, ...spec }: RequestSpec): Promise<PartnerAnswer> {
    return this.send({
      ...spec,
      headers: idempotencyKey === undefined ? undefined : { "Idempotency-Key": idempotencyKey },
    })
  }

  protected errorForNoAnswer(failure: PartnerNetworkError, call: string, timeoutMs: number): UgiftmeError {
    return new UgiftmeUnavailableError({
      message: `UGiftMe ${call} ${failure.timedOut ? `timed out after ${timeoutMs} ms` : "failed: no response"}`,
      timedOut: failure.timedOut,
      cause: failure,
    })
  }

  protected errorForBody(answer: PartnerAnswer, what: string, issues: string[]): UgiftmeError {
    return new UgiftmeResponseError({
      message: `UGiftMe ${what} answered ${answer.status} with an unexpected body (${issues.join("; ")})`,
      status: answer.status,
      issues,
    })
  }

  /** UGiftMe's status → error table. */
  protected errorForAnswer({ status, body: json, retryAfterMs, call }: RefusedAnswer): UgiftmeError {
    const partnerMessage = this.safeText(stringField(json, "error"))
    const partnerDetail = this.safeText(stringField(json, "message"))
    const detail = [partnerMessage, partnerDetail].filter(Boolean).join(": ")
    const message = `UGiftMe ${call} answered ${status}${detail ? ` (${detail})` : ""}`
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
          reason: this.safeText(stringField(json, "reason")),
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
          retryAfterMs,
        })
      default:
        if (status >= 500) return new UgiftmeUnavailableError({ message, status, partnerMessage })
        return new UgiftmeValidationError({ message, status, partnerMessage })
    }
  }
}
