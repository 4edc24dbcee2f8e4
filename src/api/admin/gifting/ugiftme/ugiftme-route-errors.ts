import {
  UgiftmeAuthError,
  UgiftmeError,
  UgiftmeForbiddenError,
  UgiftmeNotFoundError,
  UgiftmeRateLimitedError,
  UgiftmeValidationError,
} from "../../../../lib/ugiftme"

/** The part of a route's response an error answer uses, whatever the route's success type. */
type ErrorAnswer = { status(code: number): { json(body: unknown): unknown } }

/** What is read from a UGiftMe client error; a workflow hands it on as a plain copy of its fields. */
type UgiftmeFailure = { name: string; message: string; retryAfterMs?: number }

/**
 * The UGiftMe error in `error`: the client's instance, or the plain copy of
 * one that a workflow run throws (workflows serialise step errors, so the
 * class is lost but `name` and the fields stay).
 */
function ugiftmeFailureOf(error: unknown): UgiftmeFailure | undefined {
  if (error instanceof UgiftmeError) return error as UgiftmeFailure
  if (typeof error !== "object" || error === null) return undefined
  const { name, message } = error as Record<string, unknown>
  return typeof name === "string" && /^Ugiftme[A-Za-z]*Error$/.test(name) && typeof message === "string"
    ? (error as UgiftmeFailure)
    : undefined
}

/**
 * Answers an admin request whose UGiftMe call failed, with a status that says
 * whose problem it is: 400/404 for the request, 429 with `retry_after_ms`
 * when UGiftMe throttles, 502 when UGiftMe is down or refuses the store's key.
 * The message is the client's, which never holds the key. Rethrows anything
 * else for Medusa's error handler.
 */
export function respondWithUgiftmeError(res: ErrorAnswer, error: unknown): void {
  const failure = ugiftmeFailureOf(error)
  if (!failure) throw error
  switch (failure.name) {
    case UgiftmeRateLimitedError.name:
      res.status(429).json({
        type: "ugiftme_rate_limited",
        message: failure.message,
        retry_after_ms: failure.retryAfterMs ?? null,
      })
      return
    case UgiftmeNotFoundError.name:
      res.status(404).json({ type: "not_found", message: failure.message })
      return
    case UgiftmeValidationError.name:
      res.status(400).json({ type: "invalid_data", message: failure.message })
      return
    case UgiftmeAuthError.name:
    case UgiftmeForbiddenError.name:
      res.status(502).json({ type: "ugiftme_refused_key", message: failure.message })
      return
    default:
      res.status(502).json({ type: "ugiftme_unavailable", message: failure.message })
  }
}
