import { model } from "@medusajs/framework/utils"

/**
 * Where one unit's voucher stands:
 * - `pending`: owed, not bought yet, or bought with the answer lost (5xx,
 *   timeout, 429, 409 in progress): retried with the same idempotency key, so
 *   UGiftMe replays the first result instead of buying again — until the key
 *   is too old or sent too often, when the purchase is looked for at UGiftMe
 *   instead (see `voucher-schedule.ts`);
 * - `queued` / `processing`: UGiftMe accepted it (202) and works on it;
 * - `succeeded`: UGiftMe created the voucher and emails it to the recipient;
 * - `failed`: refused (402, 4xx) or the order request failed; `error` says
 *   why, and staff retry it;
 * - `held`: the order is over `ugiftme.maxUnitsPerOrder` or
 *   `maxValuePerOrder`; nothing is bought until staff release it (`error`
 *   says which limit);
 * - `parked`: the outcome is still unknown after the key's lifetime and a
 *   search at UGiftMe; nothing more is sent until staff check and retry it
 *   (`error` says why).
 * - `cancelled`: the order was canceled before UGiftMe accepted the unit; it
 *   is never bought, and no job looks at it again.
 */
export const VOUCHER_ORDER_STATUSES = [
  "pending",
  "queued",
  "processing",
  "succeeded",
  "failed",
  "held",
  "parked",
  "cancelled",
] as const

/**
 * One UGiftMe voucher owed for one unit of a line item: the purchase ledger
 * that makes buying exactly once possible. The row exists before the partner
 * is called; `idempotency_key` (unique) is sent with every attempt, and the
 * purchase body is rebuilt from the frozen fields here (product, value,
 * currency, recipient), so a retry is byte-identical. The voucher code is
 * never stored: UGiftMe emails it to the recipient.
 */
const VoucherOrder = model
  .define("voucher_order", {
    id: model.id({ prefix: "vord" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    /** 0-based unit of the line item this voucher is for. */
    unit_index: model.number(),
    idempotency_key: model.text(),
    /** Bumped (new key) only after a request that UGiftMe definitely did not fulfil. */
    key_generation: model.number().default(0),
    /** When the current key was first sent (null: not sent yet); its age bounds its reuse. */
    key_sent_at: model.dateTime().nullable(),
    /** Purchase requests sent with the current key. */
    key_sends: model.number().default(0),
    order_request_id: model.text().nullable(),
    ugiftme_order_id: model.text().nullable(),
    status: model.enum([...VOUCHER_ORDER_STATUSES]).default("pending"),
    error: model.text().nullable(),
    recipient_email: model.text(),
    recipient_name: model.text().nullable(),
    gift_message: model.text().nullable(),
    product_code: model.text(),
    merchant: model.text(),
    /** Face value in major units of `currency`. */
    value: model.bigNumber(),
    currency: model.text(),
    voucher_product_id: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    /** When the poll job next looks at this row (purchase retry or order request check). */
    next_poll_at: model.dateTime().nullable(),
    /** Partner calls made for this row (purchases and polls). */
    attempts: model.number().default(0),
    completed_at: model.dateTime().nullable(),
    /** Poll-job runs in a row that failed on this unit; reset by a success. */
    job_failures: model.number().default(0),
    /** Taken out of the poll job's due set after `jobs.parkAfterFailures` failures; staff resume it. */
    parked_at: model.dateTime().nullable(),
    parked_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["line_item_id", "unit_index"], unique: true },
    { on: ["order_request_id"], where: "order_request_id IS NOT NULL" },
    { on: ["status", "next_poll_at"], where: "next_poll_at IS NOT NULL" },
    // The poll job's keyset pages (`listDueVoucherOrders`): in due order, past the last row's time and id.
    { on: ["next_poll_at", "id"], where: "next_poll_at IS NOT NULL" },
    { on: ["order_id"] },
    { on: ["fulfillment_id"], where: "fulfillment_id IS NOT NULL" },
    { on: ["parked_at"], where: "parked_at IS NOT NULL" },
  ])

export default VoucherOrder
