import type { AdminGiftOrder, GiftStatus, GiftSyncState } from "../../types"

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

type GiftClaimState = AdminGiftOrder["claim"]["state"]
type GiftClaimOutcome = NonNullable<AdminGiftOrder["claim"]["outcome"]>

/** Where the claim window stands (the store's side, apart from Giftyzet's status). */
export const GIFT_CLAIM_STATES = {
  open: { label: "Waiting for the recipient", color: "blue" },
  claimed: { label: "Accepted", color: "green" },
  expired: { label: "Expired", color: "orange" },
  declined: { label: "Declined by the recipient", color: "orange" },
  closed: { label: "Closed", color: "grey" },
} as const satisfies Record<GiftClaimState, { label: string; color: BadgeColor }>

/** What the store did with an expired or declined gift. */
export const GIFT_CLAIM_OUTCOMES = {
  notify_staff: "Waiting for staff",
  ship_to_buyer: "Ship to buyer",
  cancel_and_refund: "Canceled and refunded",
} as const satisfies Record<GiftClaimOutcome, string>

export const GIFT_CLAIM_STATE_VALUES = Object.keys(GIFT_CLAIM_STATES) as GiftClaimState[]
