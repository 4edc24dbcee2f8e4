import { PartnerError, type PartnerErrorInit, type PartnerErrorKind } from "../http/partner-error"

/**
 * Typed failures of the Giftyzet client: the partner error base
 * ({@link PartnerError}) with Giftyzet's messages. `status` is `null` when no
 * response arrived or the check happened before sending.
 */

export type GiftyzetErrorKind = Extract<
  PartnerErrorKind,
  "validation" | "auth" | "not_found" | "conflict" | "gone" | "unavailable" | "response"
>

type ErrorInit = PartnerErrorInit

/** Base class of every error the client throws. */
export abstract class GiftyzetError extends PartnerError {
  readonly partner = "giftyzet"
  abstract override readonly kind: GiftyzetErrorKind
}

function withPartner(summary: string, partnerMessage: string | null | undefined): string {
  return partnerMessage ? `${summary}: ${partnerMessage}` : summary
}

/**
 * The request was refused as invalid (400, or another 4xx without a more
 * specific class). `source: "client"` means the payload failed the local
 * schema and was never sent (`status` is then `null`).
 */
export class GiftyzetValidationError extends GiftyzetError {
  readonly kind = "validation"
  readonly retryable = false
  readonly source: "partner" | "client"

  constructor(init: ErrorInit & { source?: "partner" | "client" }) {
    const source = init.source ?? "partner"
    const summary =
      source === "client"
        ? "Giftyzet request not sent, the payload is invalid"
        : `Giftyzet rejected the request (HTTP ${init.status ?? 400})`
    super(withPartner(summary, init.partnerMessage), init)
    this.source = source
  }
}

/** The API key is missing, wrong or inactive (401/403): a configuration problem. */
export class GiftyzetAuthError extends GiftyzetError {
  readonly kind = "auth"
  readonly retryable = false

  constructor(init: ErrorInit) {
    super(
      withPartner(
        `Giftyzet refused the API key (HTTP ${init.status ?? 401}); check the plugin's Giftyzet API key`,
        init.partnerMessage
      ),
      init
    )
  }
}

/** No such order for this integration (404). */
export class GiftyzetNotFoundError extends GiftyzetError {
  readonly kind = "not_found"
  readonly retryable = false

  constructor(init: ErrorInit) {
    super(withPartner("Giftyzet order not found", init.partnerMessage), init)
  }
}

/**
 * An order with this `external_order_id` already exists for the integration
 * (409). For a create this means "already done": fetch the order by its
 * external id. `afterRetry` is true when an earlier attempt of the same call
 * failed without an answer, i.e. most likely that attempt created it.
 */
export class GiftyzetConflictError extends GiftyzetError {
  readonly kind = "conflict"
  readonly retryable = false
  readonly afterRetry: boolean

  constructor(init: ErrorInit & { afterRetry: boolean }) {
    super(withPartner("Giftyzet order already exists", init.partnerMessage), init)
    this.afterRetry = init.afterRetry
  }
}

/**
 * The deployment no longer offers this endpoint (410), e.g. it moved to a
 * hosted checkout. A configuration problem for the merchant; never retried.
 */
export class GiftyzetGoneError extends GiftyzetError {
  readonly kind = "gone"
  readonly retryable = false

  constructor(init: ErrorInit) {
    super(
      withPartner(
        "Giftyzet no longer accepts this call (HTTP 410): the deployment has moved to another integration flow",
        init.partnerMessage
      ),
      init
    )
  }
}

/**
 * Giftyzet could not be reached or asked to come back later: 5xx, 429, 408,
 * connection failure or timeout. Retryable; `retryAfterMs` comes from the
 * `Retry-After` header when one was sent.
 */
export class GiftyzetUnavailableError extends GiftyzetError {
  readonly kind = "unavailable"
  readonly retryable = true
  readonly retryAfterMs: number | undefined
  readonly timedOut: boolean

  constructor(init: ErrorInit & { retryAfterMs?: number; timedOut?: boolean; detail?: string }) {
    const summary =
      init.status === null
        ? `Giftyzet did not answer (${init.detail ?? (init.timedOut ? "timed out" : "connection failed")})`
        : `Giftyzet is unavailable (HTTP ${init.status})`
    super(withPartner(summary, init.partnerMessage), init)
    this.retryAfterMs = init.retryAfterMs
    this.timedOut = init.timedOut ?? false
  }
}

/** Giftyzet answered 2xx with a body that does not match the expected schema. */
export class GiftyzetResponseError extends GiftyzetError {
  readonly kind = "response"
  readonly retryable = false
  /** Where the body differs, e.g. `order.status: Invalid option`. */
  readonly issues: string[]

  constructor(init: ErrorInit & { issues: string[]; what: string }) {
    super(`Unexpected Giftyzet ${init.what} (HTTP ${init.status ?? "?"}): ${init.issues.join("; ")}`, init)
    this.issues = init.issues
  }
}

export function isGiftyzetError(error: unknown): error is GiftyzetError {
  return error instanceof GiftyzetError
}

export { safePartnerText } from "../http/partner-error"
