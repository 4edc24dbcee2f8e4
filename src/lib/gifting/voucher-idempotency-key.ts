import { MedusaError } from "@medusajs/framework/utils"

/** Namespace of the plugin's UGiftMe idempotency keys. */
export const VOUCHER_KEY_PREFIX = "mpg-voucher"

/** UGiftMe accepts keys of at most 255 characters. */
const MAX_KEY_LENGTH = 255

export type VoucherKeyParts = {
  order_id: string
  line_item_id: string
  unit_index: number
  /** 0 for the unit's first purchase request; see {@link voucherIdempotencyKey}. */
  generation?: number
}

/**
 * The `Idempotency-Key` of one unit's voucher purchase, derived from the
 * Medusa order, the line item and the unit's index — never random — so every
 * attempt, from any process, after any crash, sends the same key and UGiftMe
 * replays the first result instead of buying again.
 *
 * `generation` moves on (`…:g1`, `…:g2`) only when a failed or parked unit is
 * retried: UGiftMe definitely did not fulfil the previous key (a refusal such as
 * 402, 400 or 404, or a failed order request, which a strict UGiftMe would
 * replay for the old key), or staff checked a parked unit's purchase. A key is
 * never reused with another body.
 *
 * @example
 * voucherIdempotencyKey({ order_id: "order_1", line_item_id: "ordli_2", unit_index: 0 })
 * // "mpg-voucher:order_1:ordli_2:0"
 */
export function voucherIdempotencyKey({
  order_id,
  line_item_id,
  unit_index,
  generation = 0,
}: VoucherKeyParts): string {
  for (const [name, value] of [
    ["order_id", order_id],
    ["line_item_id", line_item_id],
  ] as const) {
    if (typeof value !== "string" || !/^[A-Za-z0-9_-]+$/.test(value)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} must be a Medusa id, got ${JSON.stringify(value)}`
      )
    }
  }
  if (!Number.isInteger(unit_index) || unit_index < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `unit_index must be a whole number ≥ 0, got ${unit_index}`
    )
  }
  if (!Number.isInteger(generation) || generation < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `generation must be a whole number ≥ 0, got ${generation}`
    )
  }
  const key = `${VOUCHER_KEY_PREFIX}:${order_id}:${line_item_id}:${unit_index}${generation > 0 ? `:g${generation}` : ""}`
  if (key.length > MAX_KEY_LENGTH) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `idempotency key longer than ${MAX_KEY_LENGTH} characters`
    )
  }
  return key
}
