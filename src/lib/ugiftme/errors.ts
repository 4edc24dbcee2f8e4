import { PartnerError, type PartnerErrorInit, type PartnerErrorKind } from "../http/partner-error"

/**
 * Typed failures of the UGiftMe client: the partner error base
 * ({@link PartnerError}) with UGiftMe's own details. The client writes the
 * message (it names the call); `status` is `null` when no response arrived.
 */

export type UgiftmeErrorKind = Exclude<PartnerErrorKind, "conflict" | "gone">

/** Every UGiftMe error is built from one object: its message, and the fields of its class. */
type ErrorInit = Partial<PartnerErrorInit> & { message: string }

export abstract class UgiftmeError extends PartnerError {
  readonly partner = "ugiftme"
  abstract override readonly kind: UgiftmeErrorKind
}

/** 400 (and other 4xx without a dedicated class): the request was refused as sent. */
export class UgiftmeValidationError extends UgiftmeError {
  readonly kind = "validation"
  readonly retryable = false
  /** Allowed webhook event names, when the partner listed them. */
  readonly validEvents: string[] | undefined

  constructor(init: ErrorInit & { validEvents?: string[] }) {
    super(init.message, { ...init, status: init.status ?? 400 })
    this.validEvents = init.validEvents
  }
}

/** 401: missing, unknown or revoked API key. */
export class UgiftmeAuthError extends UgiftmeError {
  readonly kind = "auth"
  readonly retryable = false
  readonly reason: string | undefined

  constructor(init: ErrorInit & { reason?: string }) {
    super(init.message, { ...init, status: 401 })
    this.reason = init.reason
  }
}

/** 402: the wallet's available balance does not cover the order. */
export class UgiftmeInsufficientFundsError extends UgiftmeError {
  readonly kind = "insufficient_funds"
  readonly retryable = false
  readonly required: number | undefined
  readonly available: number | undefined
  readonly currency: string | undefined

  constructor(init: ErrorInit & { required?: number; available?: number; currency?: string }) {
    super(init.message, { ...init, status: 402, partnerMessage: init.partnerMessage ?? "Insufficient funds" })
    this.required = init.required
    this.available = init.available
    this.currency = init.currency
  }
}

/** 403: IP not on the key's allow list, business profile incomplete/unverified, or another account's resource. */
export class UgiftmeForbiddenError extends UgiftmeError {
  readonly kind = "forbidden"
  readonly retryable = false
  /** The partner's `error` string, e.g. "IP not whitelisted". */
  readonly reason: string
  readonly ip: string | undefined
  readonly whitelistedIps: string[] | undefined
  /** Business profile status on `GET /auth` ("incomplete", "pending"). */
  readonly profileStatus: string | undefined
  readonly missingFields: string[] | undefined

  constructor(
    init: ErrorInit & {
      reason: string
      ip?: string
      whitelistedIps?: string[]
      profileStatus?: string
      missingFields?: string[]
    }
  ) {
    super(init.message, { ...init, status: 403, partnerMessage: init.reason })
    this.reason = init.reason
    this.ip = init.ip
    this.whitelistedIps = init.whitelistedIps
    this.profileStatus = init.profileStatus
    this.missingFields = init.missingFields
  }
}

/** 404: unknown (or not accessible) product, order, order request, webhook or wallet. */
export class UgiftmeNotFoundError extends UgiftmeError {
  readonly kind = "not_found"
  readonly retryable = false

  constructor(init: ErrorInit) {
    super(init.message, { ...init, status: 404 })
  }
}

/**
 * 409: a request with the same `Idempotency-Key` is still being processed
 * (a strict reading the docs leave open). The outcome is unknown: ask again
 * later, never treat it as a refusal.
 */
export class UgiftmeInProgressError extends UgiftmeError {
  readonly kind = "in_progress"
  readonly retryable = true

  constructor(init: ErrorInit) {
    super(init.message, { ...init, status: 409 })
  }
}

/** 429: a partner rate limiter refused the call; nothing was processed. */
export class UgiftmeRateLimitedError extends UgiftmeError {
  readonly kind = "rate_limited"
  readonly retryable = true
  /** From `retry-after`, when sent. */
  readonly retryAfterMs: number | undefined

  constructor(init: ErrorInit & { retryAfterMs?: number }) {
    super(init.message, { ...init, status: 429 })
    this.retryAfterMs = init.retryAfterMs
  }
}

/**
 * 5xx, connection failure or timeout. For a write the outcome is unknown:
 * only retry it with the same `Idempotency-Key`.
 */
export class UgiftmeUnavailableError extends UgiftmeError {
  readonly kind = "unavailable"
  readonly retryable = true
  /** True when the client gave up waiting (no answer within `timeoutMs`). */
  readonly timedOut: boolean

  constructor(init: ErrorInit & { timedOut?: boolean }) {
    super(init.message, { ...init, status: init.status ?? null })
    this.timedOut = init.timedOut ?? false
  }
}

/**
 * A 2xx answer whose body is not what the client can read (or a refused
 * redirect). Not retryable: for a create the partner has probably acted; look
 * the result up instead.
 */
export class UgiftmeResponseError extends UgiftmeError {
  readonly kind = "response"
  readonly retryable = false
  /** Paths of the fields that did not match (never their values). */
  readonly issues: string[]

  constructor(init: ErrorInit & { status: number; issues: string[] }) {
    super(init.message, init)
    this.issues = init.issues
  }
}
