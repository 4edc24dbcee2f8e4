import { model } from "@medusajs/framework/utils"

/** Giftyzet's order lifecycle, as the partner reports it. */
export const GIFTYZET_STATUSES = ["pending", "confirmed", "dispatched", "delivered", "cancelled"] as const

/** Where the store stands in creating the Giftyzet order for a Medusa order. */
export const GIFT_SYNC_STATES = ["waiting", "synced", "failed"] as const

/**
 * Where the store stands with the claim window (kept apart from Giftyzet's
 * `status`, which stays what the partner reports):
 * - `open`: the recipient may still accept; reminders and the deadline are due;
 * - `claimed`: the recipient accepted (Giftyzet left `pending`);
 * - `expired`: the deadline passed with the gift still pending;
 * - `declined`: Giftyzet reported `cancelled` while pending, not at the store's request;
 * - `closed`: the store itself ended the gift (the order was canceled).
 * See docs/gift-lifecycle.md.
 */
export const GIFT_CLAIM_STATES = ["open", "claimed", "expired", "declined", "closed"] as const

/**
 * What the store did with a gift that expired or was declined: the actions the
 * `giftyzet.onExpiry` option offers (its schema is built from this list), or staff's choice.
 */
export const GIFT_CLAIM_OUTCOMES = ["notify_staff", "ship_to_buyer", "cancel_and_refund"] as const

/** The store's progress Giftyzet is told of (`PATCH /orders/{id}`). */
export const GIFT_STATUS_REPORTS = ["dispatched", "delivered", "cancelled"] as const

/**
 * One gift per Medusa order: the Giftyzet order created for it, its recipient
 * link, the recipient's details once they confirmed, and the bookkeeping of the
 * store's sync and polling. `order_id` is unique: it is the exactly-once key.
 */
const GiftOrder = model
  .define("gift_order", {
    id: model.id({ prefix: "gift" }).primaryKey(),
    order_id: model.text(),
    giftyzet_order_id: model.text().nullable(),
    order_number: model.text().nullable(),
    recipient_link: model.text().nullable(),
    status: model.enum([...GIFTYZET_STATUSES]).default("pending"),
    recipient_name: model.text().nullable(),
    recipient_email: model.text().nullable(),
    recipient_phone: model.text().nullable(),
    recipient_address: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    sync_state: model.enum([...GIFT_SYNC_STATES]).default("waiting"),
    sync_attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    last_polled_at: model.dateTime().nullable(),
    next_poll_at: model.dateTime().nullable(),
    /** When the gift went on Giftyzet with its link: reminder days count from here. */
    claim_started_at: model.dateTime().nullable(),
    /** Until when the recipient may accept (`giftyzet.claimWindowDays` after the start; staff extend it). */
    claim_deadline: model.dateTime().nullable(),
    claim_state: model.enum([...GIFT_CLAIM_STATES]).default("open"),
    claim_outcome: model.enum([...GIFT_CLAIM_OUTCOMES]).nullable(),
    /** When the claim-window job next looks at the gift (next reminder or the deadline). */
    claim_next_at: model.dateTime().nullable(),
    /** Staff actions, reminders and outcomes, oldest first (see `GiftTimelineEntry`). */
    claim_timeline: model.json().nullable(),
    /** A status report Giftyzet has not acknowledged yet (its last attempt failed): retried with backoff. */
    status_report: model.enum([...GIFT_STATUS_REPORTS]).nullable(),
    status_report_attempts: model.number().default(0),
    status_report_next_at: model.dateTime().nullable(),
    /** Job runs in a row that failed on this gift (poll or creation retry); reset by a success. */
    job_failures: model.number().default(0),
    /** Taken out of the jobs' due set after `jobs.parkAfterFailures` failures; staff resume it. */
    parked_at: model.dateTime().nullable(),
    parked_reason: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["giftyzet_order_id"], where: "deleted_at IS NULL AND giftyzet_order_id IS NOT NULL" },
    { on: ["sync_state", "next_attempt_at"], where: "deleted_at IS NULL" },
    { on: ["status", "next_poll_at"], where: "deleted_at IS NULL" },
    { on: ["claim_state", "claim_next_at"], where: "deleted_at IS NULL AND claim_next_at IS NOT NULL" },
    { on: ["status_report_next_at"], where: "deleted_at IS NULL AND status_report_next_at IS NOT NULL" },
    { on: ["parked_at"], where: "deleted_at IS NULL AND parked_at IS NOT NULL" },
  ])

export default GiftOrder
