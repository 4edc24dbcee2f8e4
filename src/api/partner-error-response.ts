import { isPartnerError, type PartnerErrorKind, type PartnerName } from "../lib/http"

/** What a route answers when a partner call failed. */
export type PartnerErrorResponse = {
  status: number
  body: { type: string; message: string; retry_after_ms?: number | null }
}

/** The fields read from a partner error: the client's instance, or a workflow's plain copy of one. */
type PartnerFailure = {
  partner: PartnerName
  kind: PartnerErrorKind
  message: string
  retryAfterMs?: number
}

const PARTNER_ERROR_NAME = /^(Giftyzet|Ugiftme)[A-Za-z]*Error$/

/**
 * The partner error in `error`. A workflow run throws its failed step's error
 * as a plain copy of its own fields (the class is lost, `name`, `partner` and
 * `kind` stay), so a copy counts as well as an instance.
 */
function partnerFailureOf(error: unknown): PartnerFailure | undefined {
  if (isPartnerError(error)) return error as PartnerFailure
  if (typeof error !== "object" || error === null) return undefined
  const { name, partner, kind, message } = error as Record<string, unknown>
  const named = typeof name === "string" && PARTNER_ERROR_NAME.test(name)
  const fields =
    (partner === "giftyzet" || partner === "ugiftme") &&
    typeof kind === "string" &&
    typeof message === "string"
  return named && fields ? (error as PartnerFailure) : undefined
}

/**
 * How the plugin's routes answer a failed partner call, with a status that
 * says whose problem it is: 400/404 for the request, 429 with
 * `retry_after_ms` when the partner throttles, 502 when the partner is down or
 * refuses the store's key. The message is the client's, which never holds a
 * key. `undefined` for anything that is not a partner error.
 */
export function partnerErrorResponse(error: unknown): PartnerErrorResponse | undefined {
  const failure = partnerFailureOf(error)
  if (!failure) return undefined
  const { partner, message } = failure
  switch (failure.kind) {
    case "rate_limited":
      return {
        status: 429,
        body: { type: `${partner}_rate_limited`, message, retry_after_ms: failure.retryAfterMs ?? null },
      }
    case "not_found":
      return { status: 404, body: { type: "not_found", message } }
    case "validation":
      return { status: 400, body: { type: "invalid_data", message } }
    case "auth":
    case "forbidden":
      return { status: 502, body: { type: `${partner}_refused_key`, message } }
    default:
      return { status: 502, body: { type: `${partner}_unavailable`, message } }
  }
}
