import { timelineOf, type GiftTimelineEntry } from "../workflows/gift-orders/claim-timeline"
import type { GiftOrderRecord } from "../workflows/gift-orders/types"

/**
 * What the storefront may know of a gift: enough to share the link, nothing
 * personal. The link lets whoever holds it set the delivery address, so it is
 * given only while the gift is `pending` (waiting for the recipient); once the
 * recipient confirmed, the answer is status and times only.
 */
export type StoreGiftOrder = {
  status: GiftOrderRecord["status"]
  recipient_link: string | null
  order_number: string | null
  confirmed_at: Date | string | null
  /** Until when the recipient may accept: only while the gift is pending with its window open. */
  claim_deadline: Date | string | null
}

export function toStoreGiftOrder(gift: GiftOrderRecord): StoreGiftOrder {
  return {
    status: gift.status,
    recipient_link: gift.sync_state === "synced" && gift.status === "pending" ? gift.recipient_link : null,
    order_number: gift.order_number,
    confirmed_at: gift.confirmed_at,
    claim_deadline: gift.status === "pending" && gift.claim_state === "open" ? gift.claim_deadline : null,
  }
}

/** Who the shopper said would receive the gift (from the shipping method). */
export type RequestedRecipient = {
  name: string
  email: string
  phone: string | null
  gift_message: string | null
}

/** Everything staff need about a gift, sync bookkeeping included. No secrets exist on it. */
export type AdminGiftOrder = {
  id: string | null
  order_id: string
  giftyzet_order_id: string | null
  order_number: string | null
  recipient_link: string | null
  status: GiftOrderRecord["status"]
  recipient: {
    name: string | null
    email: string | null
    phone: string | null
    address: string | null
  } | null
  requested_recipient: RequestedRecipient | null
  confirmed_at: Date | string | null
  sync: {
    state: GiftOrderRecord["sync_state"]
    attempts: number
    last_error: string | null
    next_attempt_at: Date | string | null
    last_polled_at: Date | string | null
    next_poll_at: Date | string | null
  }
  /** The jobs gave up on the gift after `jobs.parkAfterFailures` failures in a row; staff resume it. */
  parked: { at: Date | string; reason: string | null; failures: number } | null
  status_reports: unknown[]
  /** The claim window: deadline, where it stands, the outcome taken and its timeline. */
  claim: {
    started_at: Date | string | null
    deadline: Date | string | null
    state: GiftOrderRecord["claim_state"]
    outcome: GiftOrderRecord["claim_outcome"]
    timeline: GiftTimelineEntry[]
  }
  created_at: Date | string | null
  updated_at: Date | string | null
}

export function toAdminGiftOrder(
  gift: GiftOrderRecord | null,
  orderId: string,
  requested: RequestedRecipient | null
): AdminGiftOrder {
  const metadata = (gift?.metadata ?? {}) as Record<string, unknown>
  return {
    id: gift?.id ?? null,
    order_id: orderId,
    giftyzet_order_id: gift?.giftyzet_order_id ?? null,
    order_number: gift?.order_number ?? null,
    recipient_link: gift?.recipient_link ?? null,
    status: gift?.status ?? "pending",
    recipient: gift?.confirmed_at
      ? {
          name: gift.recipient_name,
          email: gift.recipient_email,
          phone: gift.recipient_phone,
          address: gift.recipient_address,
        }
      : null,
    requested_recipient: requested,
    confirmed_at: gift?.confirmed_at ?? null,
    sync: {
      state: gift?.sync_state ?? "waiting",
      attempts: gift?.sync_attempts ?? 0,
      last_error: gift?.last_error ?? null,
      next_attempt_at: gift?.next_attempt_at ?? null,
      last_polled_at: gift?.last_polled_at ?? null,
      next_poll_at: gift?.next_poll_at ?? null,
    },
    parked: gift?.parked_at
      ? { at: gift.parked_at, reason: gift.parked_reason ?? null, failures: gift.job_failures ?? 0 }
      : null,
    status_reports: Array.isArray(metadata.status_reports) ? metadata.status_reports : [],
    claim: {
      started_at: gift?.claim_started_at ?? null,
      deadline: gift?.claim_deadline ?? null,
      state: gift?.claim_state ?? "open",
      outcome: gift?.claim_outcome ?? null,
      timeline: timelineOf(gift?.claim_timeline),
    },
    created_at: gift?.created_at ?? null,
    updated_at: gift?.updated_at ?? null,
  }
}
