import type { SeedSummary } from "./child-store"
import type { HttpClient } from "./http-client"

const UGIFTME_PROVIDER = "ugiftme_ugiftme"
export const GB_ADDRESS = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "1 High Street",
  city: "London",
  postal_code: "SW1A 1AA",
  country_code: "gb",
  phone: "+44 20 7946 0000",
}

type Id = { id: string }

/**
 * On the seeded dev store, through the Admin API: the UGiftMe provider on the
 * seed's stock location, a "Digital voucher by email" shipping option, a £25
 * product and its mapping to UGiftMe's AMAZON_UK_STD.
 */
export async function setUpVoucherProduct(
  admin: HttpClient,
  seed: SeedSummary
): Promise<{ variantId: string; shippingOptionId: string }> {
  await admin.post(`/admin/stock-locations/${seed.stock_location_id}/fulfillment-providers`, {
    add: [UGIFTME_PROVIDER],
  })
  const { fulfillment_options } = await admin.get<{ fulfillment_options: Record<string, unknown>[] }>(
    `/admin/fulfillment-providers/${UGIFTME_PROVIDER}/options`
  )
  const { shipping_option } = await admin.post<{ shipping_option: Id }>("/admin/shipping-options", {
    name: "Digital voucher by email",
    price_type: "flat",
    service_zone_id: seed.service_zone_id,
    shipping_profile_id: seed.shipping_profile_id,
    provider_id: UGIFTME_PROVIDER,
    type: { label: "Voucher", description: "Emailed by UGiftMe", code: "voucher-email" },
    data: fulfillment_options[0],
    prices: [{ currency_code: "gbp", amount: 0 }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })
  const { product } = await admin.post<{ product: { variants: Id[] } }>("/admin/products", {
    title: "Amazon.co.uk voucher £25",
    status: "published",
    shipping_profile_id: seed.shipping_profile_id,
    options: [{ title: "Value", values: ["£25"] }],
    variants: [
      {
        title: "£25",
        options: { Value: "£25" },
        manage_inventory: false,
        prices: [{ currency_code: "gbp", amount: 25 }],
      },
    ],
    sales_channels: [{ id: seed.sales_channel_id }],
  })
  const variantId = product.variants[0].id
  await admin.post("/admin/gifting/voucher-products", {
    variant_id: variantId,
    product_code: "AMAZON_UK_STD",
  })
  return { variantId, shippingOptionId: shipping_option.id }
}

/**
 * A storefront checkout of `quantity` vouchers; returns the order id. Checkouts
 * run at the same time need an `email` each: concurrent guest carts with one
 * email race in Medusa to create the guest customer.
 */
export async function buyVoucherOrder(
  store: HttpClient,
  seed: SeedSummary,
  product: { variantId: string; shippingOptionId: string },
  quantity: number,
  email = "jane.buyer@example.com"
): Promise<string> {
  const region = seed.regions.find((candidate) => candidate.currency_code === "gbp")!
  const { cart } = await store.post<{ cart: Id }>("/store/carts", {
    region_id: region.id,
    email,
    items: [{ variant_id: product.variantId, quantity }],
    shipping_address: GB_ADDRESS,
    billing_address: GB_ADDRESS,
  })
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: product.shippingOptionId,
    data: { recipient_email: "friend@example.com", recipient_name: "A Friend" },
  })
  const { payment_collection } = await store.post<{ payment_collection: Id }>("/store/payment-collections", {
    cart_id: cart.id,
  })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await store.post<{ type: string; order: Id }>(`/store/carts/${cart.id}/complete`)
  if (completed.type !== "order") throw new Error(`cart ${cart.id} did not complete`)
  return completed.order.id
}
