"use server"

import type { HttpTypes } from "@medusajs/types"
import { retrieveGiftShareState, type GiftShareState } from "medusa-plugin-gifting/storefront"
import { getSdk } from "../config"
import { getAuthHeaders } from "./cookies"

/** Added to the Store API's defaults (a `*`/`+` field adds, a bare one would replace them). */
const ORDER_FIELDS = "*items,*shipping_methods,*shipping_address,+customer_id"

export async function retrieveOrder(orderId: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(
      orderId,
      { fields: ORDER_FIELDS },
      await getAuthHeaders()
    )
    return order
  } catch {
    return null
  }
}

/** The logged-in customer's orders, newest first (`GET /store/orders` needs the customer's token). */
export async function listCustomerOrders(): Promise<HttpTypes.StoreOrder[]> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return []
  const { orders } = await getSdk().store.order.list(
    { fields: "*items,+customer_id", order: "-created_at", limit: 50 },
    headers
  )
  return orders
}

/**
 * The account's order page: the order only when it is the logged-in
 * customer's (the Store API opens any order by its id).
 */
export async function retrieveCustomerOrder(
  orderId: string,
  customerId: string
): Promise<HttpTypes.StoreOrder | null> {
  const order = await retrieveOrder(orderId)
  return order?.customer_id === customerId ? order : null
}

/**
 * A guest's order (placed without an account): it opens only for the email
 * it was placed with.
 */
export async function findOrderForEmail(
  orderId: string,
  email: string
): Promise<HttpTypes.StoreOrder | null> {
  const order = await retrieveOrder(orderId)
  if (!order || !email || order.email?.toLowerCase() !== email.trim().toLowerCase()) return null
  return order
}

/**
 * The gift card's loader: the SDK stays on the server, the card calls this
 * action. The kit's call asks for an uncached answer (`cache: "no-store"`), so
 * the card follows the gift even where the order itself is fetched cached.
 */
export async function loadGiftShareState(orderId: string): Promise<GiftShareState | null> {
  return retrieveGiftShareState(getSdk(), orderId, { headers: await getAuthHeaders() })
}
