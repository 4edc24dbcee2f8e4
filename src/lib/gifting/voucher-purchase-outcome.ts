import { MedusaError } from "@medusajs/framework/utils"
import {
  UgiftmeError,
  UgiftmeInProgressError,
  UgiftmeInsufficientFundsError,
  UgiftmeRateLimitedError,
  UgiftmeResponseError,
  UgiftmeUnavailableError,
  type UgiftmeCreateOrderResult,
} from "../ugiftme"

/**
 * What one purchase attempt ended with, sorted by what may be done next:
 * - `succeeded` / `accepted`: UGiftMe has the unit (201 / 202); never buy it again;
 * - `refused`: UGiftMe answered and bought nothing (402, 400, 404, other
 *   4xx), or the plugin is not set up: the row fails with the reason, and a
 *   retry uses the next key generation (a service may replay a stored refusal
 *   for the old key);
 * - `unknown`: no usable answer (5xx, timeout, dropped connection, unreadable
 *   2xx, 429 after the client's own retries, 409 "in progress"): the row stays
 *   pending and is sent again later with the same key and body, which UGiftMe
 *   replays if the first one went through — within the key's bound (see
 *   `keyReuseExpired`);
 * - `parked`: the key's bound passed and a search at UGiftMe found no order:
 *   still unknown, nothing more is sent until staff look.
 */
export type VoucherPurchaseOutcome =
  | { kind: "succeeded"; ugiftme_order_id: string }
  | { kind: "accepted"; order_request_id: string; status: "queued" | "processing" }
  | { kind: "refused"; error: string }
  | { kind: "unknown"; error: string; retry_after_ms?: number }
  | { kind: "parked"; error: string }

/** Turns a `createOrder` answer into an outcome. Keeps ids only: never the voucher code. */
export function outcomeOfPurchase(result: UgiftmeCreateOrderResult): VoucherPurchaseOutcome {
  if (result.kind === "created") {
    return { kind: "succeeded", ugiftme_order_id: result.order._id }
  }
  return {
    kind: "accepted",
    order_request_id: result.orderRequestId,
    status: result.status === "processing" ? "processing" : "queued",
  }
}

function amount(value: number | undefined, currency: string): string {
  return value === undefined ? `? ${currency}` : `${value} ${currency}`
}

/** The message staff see for a 402: what was needed, what was there, which wallet to fund. */
export function insufficientFundsMessage(
  error: UgiftmeInsufficientFundsError,
  fallbackCurrency: string
): string {
  const currency = error.currency ?? fallbackCurrency
  return (
    `UGiftMe wallet balance too low: required ${amount(error.required, currency)}, ` +
    `available ${amount(error.available, currency)}. ` +
    `Fund the ${currency} wallet in the UGiftMe dashboard, then retry the voucher.`
  )
}

/** Sorts a failed purchase attempt (see {@link VoucherPurchaseOutcome}); rethrows programming errors. */
export function outcomeOfPurchaseError(error: unknown, currency: string): VoucherPurchaseOutcome {
  if (error instanceof UgiftmeInsufficientFundsError) {
    return { kind: "refused", error: insufficientFundsMessage(error, currency) }
  }
  if (error instanceof UgiftmeInProgressError) {
    return {
      kind: "unknown",
      error: `${error.message}: UGiftMe is still processing this key; the outcome is unknown, it will be asked again`,
    }
  }
  if (error instanceof UgiftmeRateLimitedError) {
    return { kind: "unknown", error: error.message, retry_after_ms: error.retryAfterMs }
  }
  if (error instanceof UgiftmeUnavailableError) {
    return {
      kind: "unknown",
      error: `${error.message}; the outcome is unknown, it will be re-sent with the same key`,
    }
  }
  if (error instanceof UgiftmeResponseError) {
    return { kind: "unknown", error: `${error.message}; it will be re-sent with the same key` }
  }
  if (error instanceof UgiftmeError) {
    return { kind: "refused", error: error.message }
  }
  if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
    return { kind: "refused", error: error.message }
  }
  throw error
}

/** True when the outcome means UGiftMe should not be called again in this run. */
export function stopsThePurchaseRun(outcome: VoucherPurchaseOutcome): boolean {
  return outcome.kind === "unknown"
}
