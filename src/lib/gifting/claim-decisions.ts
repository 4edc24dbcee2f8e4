import type { GiftClaimOutcome } from "./claim-timeline"
import type { GiftOrderRecord } from "./gift-order-records"

/**
 * What may happen to a gift's claim window: expiry, decline and the staff
 * actions. Pure: the callers read the gift (under its lock) and apply the
 * decision. See docs/gift-lifecycle.md.
 */

type ClaimGift = Pick<GiftOrderRecord, "status" | "claim_state" | "claim_outcome" | "claim_deadline"> & {
  recipient_link?: string | null
}

export type ClaimCloseTrigger = "deadline" | "decline" | "staff"

export type ClaimCloseInput = {
  gift: ClaimGift
  trigger: ClaimCloseTrigger
  /** `giftyzet.onExpiry` for the deadline and a decline; staff's choice for "staff". */
  outcome: GiftClaimOutcome
  now: Date
  order_canceled: boolean
}

export type ClaimCloseDecision =
  | { kind: "refused"; reason: string }
  | { kind: "unchanged" }
  | {
      kind: "close"
      state: "expired" | "declined" | "closed"
      outcome: GiftClaimOutcome | null
      event: "expired" | "declined" | null
      cancel_order: boolean
      tell_buyer: boolean
    }

const ACCEPTED = new Set(["confirmed", "dispatched", "delivered"])

function isAccepted(gift: ClaimGift): boolean {
  return ACCEPTED.has(gift.status)
}

function closeWith(
  state: "expired" | "declined" | "closed",
  outcome: GiftClaimOutcome,
  event: "expired" | "declined" | null,
  orderCanceled: boolean
): ClaimCloseDecision {
  return {
    kind: "close",
    state,
    outcome,
    event,
    cancel_order: outcome === "cancel_and_refund" && !orderCanceled,
    tell_buyer: outcome !== "notify_staff",
  }
}

export function decideClaimClose(input: ClaimCloseInput): ClaimCloseDecision {
  const { gift, trigger, outcome, now, order_canceled } = input
  if (trigger === "deadline") {
    if (gift.claim_state !== "open" || gift.status !== "pending") return { kind: "unchanged" }
    if (!gift.claim_deadline || new Date(gift.claim_deadline).getTime() > now.getTime()) {
      return { kind: "refused", reason: "The gift's claim deadline has not passed" }
    }
    return closeWith("expired", outcome, "expired", order_canceled)
  }
  if (trigger === "decline") {
    if (gift.claim_state !== "open" || gift.status !== "cancelled") return { kind: "unchanged" }
    // The store canceled the order itself: its own cancellation, not the recipient's decline.
    if (order_canceled) {
      return {
        kind: "close",
        state: "closed",
        outcome: null,
        event: null,
        cancel_order: false,
        tell_buyer: false,
      }
    }
    return closeWith("declined", outcome, "declined", order_canceled)
  }
  if (outcome === "notify_staff")
    return { kind: "refused", reason: "Choose ship_to_buyer or cancel_and_refund" }
  if (isAccepted(gift)) return { kind: "refused", reason: "The recipient has already accepted this gift" }
  if (gift.claim_outcome === outcome) return { kind: "unchanged" }
  if (gift.claim_outcome && gift.claim_outcome !== "notify_staff") {
    return { kind: "refused", reason: `The gift's outcome is already ${gift.claim_outcome}` }
  }
  if (order_canceled) return { kind: "refused", reason: "The order is already canceled" }
  const state =
    gift.claim_state === "expired" || gift.claim_state === "declined" ? gift.claim_state : "closed"
  return closeWith(state, outcome, null, order_canceled)
}

/** Why staff may not extend the deadline, or `null` when they may. */
export function extendRefusal(gift: ClaimGift): string | null {
  if (isAccepted(gift)) return "The recipient has already accepted this gift"
  if (gift.status !== "pending") return "The gift was cancelled on Giftyzet"
  if (gift.claim_state === "open") return null
  if (gift.claim_state === "expired" && (gift.claim_outcome ?? "notify_staff") === "notify_staff") return null
  return `The gift is ${gift.claim_state}${gift.claim_outcome ? ` (${gift.claim_outcome})` : ""}: its window can no longer be extended`
}

/** Why staff may not resend the recipient link, or `null` when they may. */
export function resendRefusal(gift: ClaimGift): string | null {
  if (isAccepted(gift)) return "The recipient has already accepted this gift"
  if (gift.status !== "pending") return "The gift was cancelled on Giftyzet"
  if (!gift.recipient_link) return "The gift has no recipient link yet"
  if (gift.claim_state !== "open") return `The gift is ${gift.claim_state}: extend its window first`
  return null
}
