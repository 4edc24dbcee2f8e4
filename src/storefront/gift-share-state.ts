import { httpStatusOf, type GiftingSdk } from "./sdk"
import type { StoreGiftOrder, StoreGiftOrderResponse } from "../shared/store-gift-order"
import type { GiftShareState } from "./types"

/** The Store API route of an order's gift. */
export function giftShareStatePath(orderId: string): string {
  return `/store/gifting/orders/${encodeURIComponent(orderId)}`
}

export type RetrieveGiftShareStateOptions = {
  signal?: AbortSignal
  headers?: Record<string, string>
}

/**
 * Reads the share state of an order's gift from
 * `GET /store/gifting/orders/:order_id`. Returns `null` when the order has no
 * gift (yet: the gift is recorded a moment after the order is placed). Other
 * failures are thrown as the SDK throws them.
 *
 * @example
 * const state = await retrieveGiftShareState(sdk, order.id)
 * state?.recipient_link // "https://…/gift-receiver/…" or null until it exists
 */
export async function retrieveGiftShareState(
  sdk: GiftingSdk,
  orderId: string,
  { signal, headers }: RetrieveGiftShareStateOptions = {}
): Promise<GiftShareState | null> {
  try {
    const body = await sdk.client.fetch<StoreGiftOrderResponse>(giftShareStatePath(orderId), {
      method: "GET",
      cache: "no-store",
      ...(signal ? { signal } : {}),
      ...(headers ? { headers } : {}),
    })
    return toGiftShareState(body.gift_order)
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
}

/** A plain, serialisable copy (a Date becomes an ISO string), safe to return from a server action. */
export function toGiftShareState(gift: StoreGiftOrder): GiftShareState {
  const confirmedAt = gift.confirmed_at
  return {
    status: gift.status,
    recipient_link: gift.recipient_link ?? null,
    order_number: gift.order_number ?? null,
    confirmed_at: confirmedAt instanceof Date ? confirmedAt.toISOString() : (confirmedAt ?? null),
    ...(gift.claim_deadline
      ? {
          claim_deadline:
            gift.claim_deadline instanceof Date ? gift.claim_deadline.toISOString() : gift.claim_deadline,
        }
      : {}),
  }
}

/**
 * True once nothing about the gift will change for the shopper: it was
 * accepted, shipped or cancelled. (The store stops giving the recipient link
 * once the gift left `pending`, so a settled state has none.)
 */
export function isGiftSettled(state: GiftShareState | null | undefined): boolean {
  return Boolean(state && state.status !== "pending")
}
