/**
 * Typed failures of the UGiftMe client. Every error carries the HTTP `status`
 * (undefined when no response arrived) and whether retrying may help.
 * Messages never contain the API key, webhook secrets or voucher codes.
 */

type ErrorInit = { status: number | undefined; retryable: boolean; partnerError?: string; cause?: unknown }

export abstract class UgiftmeError extends Error {
  readonly status: number | undefined
  readonly retryable: boolean
  /** The partner's `error` string, when it sent one. */
  readonly partnerError: string | undefined

  protected constructor(message: string, init: ErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = new.target.name
    this.status = init.status
    this.retryable = init.retryable
    this.partnerError = init.partnerError
  }
}

/** 400 (and other 4xx without a dedicated class): the request was refused as sent. */
export class UgiftmeValidationError extends UgiftmeError {
  /** Allowed webhook event names, when the partner listed them. */
  readonly validEvents: string[] | undefined

  constructor(
    message: string,
    options: { status?: number; partnerError?: string; validEvents?: string[] } = {}
  ) {
    super(message, { status: options.status ?? 400, retryable: false, partnerError: options.partnerError })
    this.validEvents = options.validEvents
  }
}

/** 401: missing, unknown or revoked API key. */
export class UgiftmeAuthError extends UgiftmeError {
  readonly reason: string | undefined

  constructor(message: string, options: { partnerError?: string; reason?: string } = {}) {
    super(message, { status: 401, retryable: false, partnerError: options.partnerError })
    this.reason = options.reason
  }
}

/** 402: the wallet's available balance does not cover the order. */
export class UgiftmeInsufficientFundsError extends UgiftmeError {
  constructor(
    message: string,
    readonly required: number | undefined,
    readonly available: number | undefined,
    readonly currency: string | undefined
  ) {
    super(message, { status: 402, retryable: false, partnerError: "Insufficient funds" })
  }
}

/** 403: IP not on the key's allow list, business profile incomplete/unverified, or another account's resource. */
export class UgiftmeForbiddenError extends UgiftmeError {
  /** The partner's `error` string, e.g. "IP not whitelisted". */
  readonly reason: string
  readonly ip: string | undefined
  readonly whitelistedIps: string[] | undefined
  /** Business profile status on `GET /auth` ("incomplete", "pending"). */
  readonly profileStatus: string | undefined
  readonly missingFields: string[] | undefined

  constructor(
    message: string,
    details: {
      reason: string
      ip?: string
      whitelistedIps?: string[]
      profileStatus?: string
      missingFields?: string[]
    }
  ) {
    super(message, { status: 403, retryable: false, partnerError: details.reason })
    this.reason = details.reason
    this.ip = details.ip
    this.whitelistedIps = details.whitelistedIps
    this.profileStatus = details.profileStatus
    this.missingFields = details.missingFields
  }
}

/** 404: unknown (or not accessible) product, order, order request, webhook or wallet. */
export class UgiftmeNotFoundError extends UgiftmeError {
  constructor(message: string, options: { partnerError?: string } = {}) {
    super(message, { status: 404, retryable: false, partnerError: options.partnerError })
  }
}

/**
 * 409: a request with the same `Idempotency-Key` is still being processed
 * (a strict reading the docs leave open). The outcome is unknown: ask again
 * later, never treat it as a refusal.
 */
export class UgiftmeInProgressError extends UgiftmeError {
  constructor(message: string, options: { partnerError?: string } = {}) {
    super(message, { status: 409, retryable: true, partnerError: options.partnerError })
  }
}

/** 429: a partner rate limiter refused the call; nothing was processed. */
export class UgiftmeRateLimitedError extends UgiftmeError {
  /** From `retry-after`, when sent. */
  readonly retryAfterMs: number | undefined

  constructor(message: string, options: { retryAfterMs?: number; partnerError?: string } = {}) {
    super(message, { status: 429, retryable: true, partnerError: options.partnerError })
    this.retryAfterMs = options.retryAfterMs
  }
}

/**
 * 5xx, connection failure or timeout. For a write the outcome is unknown:
 * only retry it with the same `Idempotency-Key`.
 */
export class UgiftmeUnavailableError extends UgiftmeError {
  /** True when the client gave up waiting (no answer within `timeoutMs`). */
  readonly timedOut: boolean

  constructor(
    message: string,
    options: { status?: number; timedOut?: boolean; partnerError?: string; cause?: unknown } = {}
  ) {
    super(message, {
      status: options.status,
      retryable: true,
      partnerError: options.partnerError,
      cause: options.cause,
    })
    this.timedOut = options.timedOut ?? false
  }
}

/**
 * A 2xx answer whose body is not what the client can read. Not retryable:
 * for a create the partner has probably acted; look the result up instead.
 */
export class UgiftmeResponseError extends UgiftmeError {
  /** Paths of the fields that did not match (never their values). */
  readonly issues: string[]

  constructor(message: string, options: { status: number; issues: string[] }) {
    super(message, { status: options.status, retryable: false })
    this.issues = options.issues
  }
}
