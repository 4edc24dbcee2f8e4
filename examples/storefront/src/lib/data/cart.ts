"use server"

import type { HttpTypes } from "@medusajs/types"
import {
  setGiftShippingMethod,
  setVoucherShippingMethod,
  type GiftRecipientInput,
  type VoucherRecipientInput,
} from "medusa-plugin-gifting/storefront"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getSdk } from "../config"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "./cookies"
import { getRegion } from "./regions"

const CART_FIELDS =
  "*items,*items.variant,*shipping_methods,*shipping_address,*billing_address,*payment_collection.payment_sessions,*region"

/** What a shipping-method server action hands back to the form: plain data, never a throw. */
export type ShippingActionResult =
  { ok: true } | { ok: false; reason: string; message: string; errors: Record<string, string> }

export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  try {
    const { cart } = await getSdk().store.cart.retrieve(
      cartId,
      { fields: CART_FIELDS },
      await getAuthHeaders()
    )
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

async function getOrCreateCart(): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart()
  const region = await getRegion()
  const headers = await getAuthHeaders()
  if (existing && existing.region_id === region.id) return existing
  if (existing) {
    const { cart } = await getSdk().store.cart.update(existing.id, { region_id: region.id }, {}, headers)
    return cart
  }
  // A logged-in customer's cart is created as theirs (the store reads the token).
  const { cart } = await getSdk().store.cart.create({ region_id: region.id }, {}, headers)
  await setCartId(cart.id)
  return cart
}

export async function addToCart(formData: FormData): Promise<void> {
  const variantId = String(formData.get("variant_id") ?? "")
  const quantity = Number(formData.get("quantity") ?? 1) || 1
  const cart = await getOrCreateCart()
  await getSdk().store.cart.createLineItem(
    cart.id,
    { variant_id: variantId, quantity },
    {},
    await getAuthHeaders()
  )
  revalidatePath("/", "layout")
  redirect("/cart")
}

export async function removeLineItem(formData: FormData): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  await getSdk().store.cart.deleteLineItem(
    cartId,
    String(formData.get("line_id") ?? ""),
    {},
    await getAuthHeaders()
  )
  revalidatePath("/cart")
}

/** The checkout's address step: email, shipping address (also the billing address). */
export async function saveAddress(formData: FormData): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) redirect("/cart")
  const text = (name: string) => String(formData.get(name) ?? "").trim()
  const address = {
    first_name: text("first_name"),
    last_name: text("last_name"),
    address_1: text("address_1"),
    city: text("city"),
    postal_code: text("postal_code"),
    country_code: text("country_code"),
    phone: text("phone"),
  }
  await getSdk().store.cart.update(
    cartId,
    { email: text("email"), shipping_address: address, billing_address: address },
    {},
    await getAuthHeaders()
  )
  revalidatePath("/checkout")
  redirect("/checkout?step=delivery")
}

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await getSdk().store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

/** A shipping option that needs no recipient (Standard shipping). */
export async function setShippingMethod(cartId: string, optionId: string): Promise<ShippingActionResult> {
  try {
    await getSdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, {}, await getAuthHeaders())
    revalidatePath("/checkout")
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: "refused", message: (error as Error).message, errors: {} }
  }
}

function toActionResult(
  result:
    Awaited<ReturnType<typeof setGiftShippingMethod>> | Awaited<ReturnType<typeof setVoucherShippingMethod>>
): ShippingActionResult {
  if (result.ok) {
    revalidatePath("/checkout")
    return { ok: true }
  }
  return {
    ok: false,
    reason: result.reason,
    message: result.message,
    errors: result.errors as Record<string, string>,
  }
}

/** "Send as a gift" with its recipient: the kit checks the recipient and returns the outcome. */
export async function setGiftShipping(
  cartId: string,
  optionId: string,
  recipient: GiftRecipientInput
): Promise<ShippingActionResult> {
  const headers = await getAuthHeaders()
  return toActionResult(await setGiftShippingMethod(getSdk(), { cartId, optionId, recipient, headers }))
}

/** "Digital voucher by email" with its recipient. */
export async function setVoucherShipping(
  cartId: string,
  optionId: string,
  recipient: VoucherRecipientInput
): Promise<ShippingActionResult> {
  const headers = await getAuthHeaders()
  return toActionResult(await setVoucherShippingMethod(getSdk(), { cartId, optionId, recipient, headers }))
}

/** The payment step: a session with the store's system provider (no card in this example). */
export async function selectPayment(): Promise<void> {
  const cart = await retrieveCart()
  if (!cart) redirect("/cart")
  await getSdk().store.payment.initiatePaymentSession(
    cart,
    { provider_id: "pp_system_default" },
    {},
    await getAuthHeaders()
  )
  revalidatePath("/checkout")
  redirect("/checkout?step=review")
}

/** "Place order": completes the cart and opens the confirmation page. */
export async function placeOrder(): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) redirect("/cart")
  // A customer's cart becomes the customer's order.
  const completed = await getSdk().store.cart.complete(cartId, {}, await getAuthHeaders())
  if (completed.type !== "order") {
    redirect(`/checkout?step=review&error=${encodeURIComponent(completed.error.message)}`)
  }
  await removeCartId()
  revalidatePath("/", "layout")
  redirect(`/order/${completed.order.id}/confirmed`)
}
