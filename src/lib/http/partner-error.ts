/**
 * The one error base of both partner clients (Giftyzet, UGiftMe). Every
 * partner error says which partner failed, what `kind` of failure it is,
 * whether retrying can help (`retryable`), the HTTP `status` (`null` when no
 * response arrived or the check happened before sending) and the partner's own
 * text (`partnerMessage`, redacted and shortened). Messages never contain an
 * API key, a webhook secret or a voucher code.
 */

export type PartnerName = "giftyzet" | "ugiftme"

export type PartnerErrorKind =
  | "validation"
  | "auth"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "in_progress"
  | "gone"
  | "insufficient_funds"
  | "rate_limited"
  | "unavailable"
  | "response"

/** What every partner error is built from; subclasses add their own fields to it. */
export type PartnerErrorInit = {
  status: number | null
  /** The partner's own error text, already made safe with {@link safePartnerText}. */
  partnerMessage?: string | null
  cause?: unknown
}

export abstract class PartnerError extends Error {
  abstract readonly partner: PartnerName
  abstract readonly kind: PartnerErrorKind
  abstract readonly retryable: boolean
  readonly status: number | null
  readonly partnerMessage: string | null

  protected constructor(message: string, init: PartnerErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = new.target.name
    this.status = init.status
    this.partnerMessage = init.partnerMessage ?? null
  }
}

export function isPartnerError(error: unknown): error is PartnerError {
  return error instanceof PartnerError
}

const MAX_PARTNER_MESSAGE = 300

/**
 * Makes a partner-supplied text safe to put in an error or a log line: every
 * secret is replaced and the text is shortened.
 */
export function safePartnerText(text: string, secrets: string[]): string {
  let safe = text
  for (const secret of secrets) {
    if (secret) {
      safe = safe.split(secret).join("[redacted]")
    }
  }
  safe = safe.replace(/\s+/g, " ").trim()
  return safe.length > MAX_PARTNER_MESSAGE ? `${safe.slice(0, MAX_PARTNER_MESSAGE)}…` : safe
}
