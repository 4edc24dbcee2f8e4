import type { GiftStatus } from "../shared/store-gift-order"

export type { GiftStatus }

/**
 * What the storefront may know of an order's gift: enough to share the
 * recipient link, nothing personal. `recipient_link` is `null` until the
 * Giftyzet order exists (a few seconds after the order is placed), and again
 * once the recipient accepted the gift (the link sets the delivery address, so
 * the store stops handing it out).
 */
export type GiftShareState = {
  status: GiftStatus
  recipient_link: string | null
  order_number: string | null
  /** ISO 8601 time the recipient accepted the gift, or `null`. */
  confirmed_at: string | null
  /** ISO 8601 time until which the recipient may accept; only while the gift is pending. */
  claim_deadline?: string | null
}

/** The recipient the shopper named at checkout (the "Send as a gift" shipping data). */
export type GiftRecipientInput = {
  recipient_name: string
  recipient_email: string
  recipient_phone?: string | null
  gift_message?: string | null
}

/** Recipient data after validation: trimmed, email lower-cased, blank optional fields dropped. */
export type GiftRecipientData = {
  recipient_name: string
  recipient_email: string
  recipient_phone?: string
  gift_message?: string
}
