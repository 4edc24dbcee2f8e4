import type { GIFT_CLAIM_OUTCOMES } from "../../modules/gifting/models/gift-order"

export type GiftClaimOutcome = (typeof GIFT_CLAIM_OUTCOMES)[number]

/** One line of a gift's timeline (`claim_timeline`), shown in the admin widget. */
export type GiftTimelineEntry = {
  at: string
  type:
    | "window_opened"
    | "reminder_sent"
    | "reminder_skipped"
    | "link_resent"
    | "extended"
    | "expired"
    | "declined"
    | "claimed"
    | "closed"
    | "outcome"
  actor: "system" | "staff"
  /** Reminder day, days extended, outcome taken, channels…: short, never contact data. */
  detail?: string
  /** The staff request's idempotency key, so a repeated request is recognised. */
  key?: string
}

const MAX_ENTRIES = 100

/** How `claim_timeline` is stored: `{ entries: [...] }`. */
export type StoredTimeline = { entries: GiftTimelineEntry[] }

export function timelineOf(value: unknown): GiftTimelineEntry[] {
  const entries = (value as Partial<StoredTimeline> | null | undefined)?.entries
  return Array.isArray(entries) ? entries : []
}

/** The stored timeline with `entries` appended (the oldest dropped past 100). */
export function appendTimeline(value: unknown, entries: GiftTimelineEntry[]): StoredTimeline {
  return { entries: [...timelineOf(value), ...entries].slice(-MAX_ENTRIES) }
}
