// The storefront side of the demo: a shopper's checkout through the Store API,
// with the same calls Medusa's JS SDK makes.

export const DEMO_SHOPPER = {
  email: "jane.buyer@example.com",
  address: {
    first_name: "Jane",
    last_name: "Buyer",
    address_1: "12 Market Street",
    city: "Berlin",
    postal_code: "10115",
    country_code: "de",
    phone: "+49 30 1234567",
  },
}

/** The shopper's address in the GBP region (vouchers are sold in pounds). */
export const DEMO_LONDON_ADDRESS = {
  ...DEMO_SHOPPER.address,
  address_1: "1 High Street",
  city: "London",
  postal_code: "SW1A 1AA",
  country_code: "gb",
  phone: "+44 20 7946 0000",
}

/**
 * Cart → line items → addresses → the named shipping option (with `data`) →
 * system payment → complete. Returns the order. The address defaults to the
 * shopper's in Berlin.
 */
export async function placeOrder(
  store,
  { regionId, lines, shippingOptionName, shippingData, address = DEMO_SHOPPER.address }
) {
  const { cart } = await store.post("/store/carts", { region_id: regionId, email: DEMO_SHOPPER.email })
  for (const line of lines) {
    await store.post(`/store/carts/${cart.id}/line-items`, line)
  }
  await store.post(`/store/carts/${cart.id}`, {
    shipping_address: address,
    billing_address: address,
  })
  const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
  const option = shipping_options.find((candidate) => candidate.name === shippingOptionName)
  if (!option) {
    throw new Error(
      `no shipping option "${shippingOptionName}" for this cart (have: ${shipping_options.map((o) => o.name).join(", ")})`
    )
  }
  await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id, data: shippingData })
  const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await store.post(`/store/carts/${cart.id}/complete`)
  if (completed.type !== "order")
    throw new Error(`the cart did not complete: ${JSON.stringify(completed.error)}`)
  return completed.order
}
