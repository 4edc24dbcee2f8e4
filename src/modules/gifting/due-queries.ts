import type { DueRowCursor } from "../../lib/jobs/due-pages"

/** The jobs' "what is due" queries over gift orders. */
export type DueGiftOrderKind = "poll" | "retry" | "claim" | "report"

type DueQuery = { filters: Record<string, unknown>; due_at: string }

/**
 * Each query's filters and the due-time column it is ordered by; every one is
 * served by an index that starts with the filter's equality and ends with the
 * due time (see the `gift_order` model): `status, next_poll_at` /
 * `sync_state, next_attempt_at` / `claim_state, claim_next_at` /
 * `status_report_next_at`. Parked gifts have no due time, so they are never due.
 * Gifts whose claim window ended (expired, declined, closed) are never polled.
 */
export const DUE_GIFT_ORDER_QUERIES: Record<DueGiftOrderKind, (now: Date) => DueQuery> = {
  poll: (now) => ({
    filters: {
      sync_state: "synced",
      status: "pending",
      claim_state: ["open", "claimed"],
      next_poll_at: { $lte: now },
    },
    due_at: "next_poll_at",
  }),
  retry: (now) => ({
    filters: { sync_state: "failed", next_attempt_at: { $lte: now } },
    due_at: "next_attempt_at",
  }),
  claim: (now) => ({
    filters: { claim_state: "open", claim_next_at: { $lte: now } },
    due_at: "claim_next_at",
  }),
  report: (now) => ({ filters: { status_report_next_at: { $lte: now } }, due_at: "status_report_next_at" }),
}

/** The keyset condition "after this row" on `(due_at column, id)`: the next page starts past the cursor. */
export function afterCursor(column: string, after: DueRowCursor | null | undefined): Record<string, unknown> {
  if (!after) return {}
  return {
    $or: [{ [column]: { $gt: after.due_at } }, { [column]: after.due_at, id: { $gt: after.id } }],
  }
}

/** A page's order: by due time, then id, so the keyset cursor is total. */
export function dueOrder(column: string): Record<string, "ASC"> {
  return { [column]: "ASC", id: "ASC" }
}
