import { timelineOf, type GiftTimelineEntry } from "../lib/gifting/claim-timeline"
import type { GiftOrderRecord } from "../lib/gifting/gift-order-records"
import type { RequestedRecipient } from "../lib/gifting/gift-order-lookup"
import type { GiftLinkState, StoreGiftOrder } from "../shared/store-gift-order"

/** See {@link GiftLinkState}. */
export function giftLinkState(gift: GiftOrderRecord): GiftLinkState {
  if (gift.sync_state === "synced") {
    if (gift.status !== "pending") return "closed"
    return gift.recipient_link ? "available" : "unavailable"
  }
  return gift.sync_state === "failed" && !gift.next_attempt_at ? "unavailable" : "preparing"
}

/** The gift as a storefront may see it (see {@link StoreGiftOrder}). */
export function toStoreGiftOrder(gift: GiftOrderRecord): StoreGiftOrder {
  return {
    status: gift.status,
    recipient_link: gift.sync_state === "synced" && gift.status === "pending" ? gift.recipient_link : null,
    link_state: giftLinkState(gift),
    order_number: gift.order_number,
    confirmed_at: gift.confirmed_at,
    claim_deadline: gift.status === "pending" && gift.claim_state === "open" ? gift.claim_deadline : null,
  }
}

/** Everything staff need about a gift, sync bookkeeping included. No secrets exist on it. */
export type AdminGiftOrder = {
  id: string | null
  order_id: string
  giftyzet_order_id: string | null
  order_number: string | null
  recipient_link: string | null
  /** See {@link GiftLinkState}; `unavailable` needs staff. */
  link_state: GiftLinkState
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
  /** A status report Giftyzet has not acknowledged yet, and when it is sent again (null: none waits). */
  pending_status_report: {
    status: NonNullable<GiftOrderRecord["status_report"]>
    attempts: number
    next_attempt_at: Date | string | null
  } | null
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
    link_state: gift ? giftLinkState(gift) : "preparing",
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
    pending_status_report: gift?.status_report
      ? {
          status: gift.status_report,
          attempts: gift.status_report_attempts ?? 0,
          next_attempt_at: gift.status_report_next_at ?? null,
        }
      : null,
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
