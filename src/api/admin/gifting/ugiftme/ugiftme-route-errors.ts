import type { MedusaResponse } from "@medusajs/framework/http"
import {
  UgiftmeAuthError,
  UgiftmeError,
  UgiftmeForbiddenError,
  UgiftmeNotFoundError,
  UgiftmeRateLimitedError,
  UgiftmeValidationError,
} from "../../../../lib/ugiftme"

/**
 * Answers an admin request whose UGiftMe call failed, with a status that says
 * whose problem it is: 400/404 for the request, 429 with `retry_after_ms`
 * when UGiftMe throttles, 502 when UGiftMe is down or refuses the store's key.
 * The message is the client's, which never holds the key. Rethrows anything
 * else for Medusa's error handler.
 */
export function respondWithUgiftmeError(res: MedusaResponse, error: unknown): void {
  if (!(error instanceof UgiftmeError)) throw error
  if (error instanceof UgiftmeRateLimitedError) {
    res.status(429).json({
      type: "ugiftme_rate_limited",
      message: error.message,
      retry_after_ms: error.retryAfterMs ?? null,
    })
    return
  }
  if (error instanceof UgiftmeNotFoundError) {
    res.status(404).json({ type: "not_found", message: error.message })
    return
  }
  if (error instanceof UgiftmeValidationError) {
    res.status(400).json({ type: "invalid_data", message: error.message })
    return
  }
  const type =
    error instanceof UgiftmeAuthError || error instanceof UgiftmeForbiddenError
      ? "ugiftme_refused_key"
      : "ugiftme_unavailable"
  res.status(502).json({ type, message: error.message })
}
