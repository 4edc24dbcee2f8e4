"use server"

import type { HttpTypes } from "@medusajs/types"
import { retrieveGiftShareState, type GiftShareState } from "medusa-plugin-gifting/storefront"
import { getSdk } from "../config"

const ORDER_FIELDS = "*items,*shipping_methods,*shipping_address"

export async function retrieveOrder(orderId: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().store.order.retrieve(orderId, { fields: ORDER_FIELDS })
    return order
  } catch {
    return null
  }
}

/**
 * The account's order page without an account: the order opens only for the
 * email it was placed with.
 */
export async function findOrderForEmail(
  orderId: string,
  email: string
): Promise<HttpTypes.StoreOrder | null> {
  const order = await retrieveOrder(orderId)
  if (!order || !email || order.email?.toLowerCase() !== email.trim().toLowerCase()) return null
  return order
}

/** The gift card's loader: the SDK stays on the server, the card calls this action. */
export async function loadGiftShareState(orderId: string): Promise<GiftShareState | null> {
  return retrieveGiftShareState(getSdk(), orderId)
}
