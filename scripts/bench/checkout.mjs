// The storefront's checkout through the Store API (the calls of
// scripts/demo/storefront.mjs), split so a benchmark can time the cart
// completion alone: everything before it is `prepareCart`.
import { randomUUID } from "node:crypto"
import { DEMO_SHOPPER } from "../demo/storefront.mjs"

export function shopperEmail() {
  return `buyer-${randomUUID()}@example.com`
}

export const BENCH_RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa.recipient@example.com",
  gift_message: "Happy birthday, Rosa!",
}

/**
 * Cart (with its line and addresses) → shipping method (with `data`) → payment session.
 * `shippingOptionId` is one of the seed's options; returns the cart id.
 */
export async function prepareCart(
  store,
  { regionId, variantId, quantity = 1, shippingOptionId, shippingData }
) {
  // One request for what a storefront usually sends in three (cart, line, addresses).
  // One shopper per cart: concurrent guest carts with the same email race in
  // Medusa 2.21 to create the guest customer, and the loser answers 400.
  const { cart } = await store.post("/store/carts", {
    region_id: regionId,
    email: shopperEmail(),
    items: [{ variant_id: variantId, quantity }],
    shipping_address: DEMO_SHOPPER.address,
    billing_address: DEMO_SHOPPER.address,
  })
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: shippingOptionId,
    ...(shippingData ? { data: shippingData } : {}),
  })
  const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  return cart.id
}

/** Completes a prepared cart; returns the order and how long the call took (ms). */
export async function completeCart(store, cartId) {
  const started = performance.now()
  const completed = await store.post(`/store/carts/${cartId}/complete`)
  const ms = performance.now() - started
  if (completed.type !== "order") {
    throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(completed.error)}`)
  }
  return { order: completed.order, ms }
}

/** Runs `work` over `items` with at most `limit` in flight; results in order. */
export async function mapLimit(items, limit, work) {
  const results = new Array(items.length)
  let next = 0
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  })
  await Promise.all(runners)
  return results
}
