import type { GiftStatus, GiftSyncState } from "./types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Giftyzet statuses in lifecycle order, with the label and colour staff see. */
export const GIFT_STATUSES = {
  pending: { label: "Pending", color: "orange" },
  confirmed: { label: "Confirmed", color: "blue" },
  dispatched: { label: "Dispatched", color: "purple" },
  delivered: { label: "Delivered", color: "green" },
  cancelled: { label: "Cancelled", color: "red" },
} as const satisfies Record<GiftStatus, { label: string; color: BadgeColor }>

export const GIFT_SYNC_STATES = {
  waiting: { label: "Waiting to sync", color: "orange" },
  synced: { label: "Synced", color: "green" },
  failed: { label: "Sync failed", color: "red" },
} as const satisfies Record<GiftSyncState, { label: string; color: BadgeColor }>

export const GIFT_STATUS_VALUES = Object.keys(GIFT_STATUSES) as GiftStatus[]
