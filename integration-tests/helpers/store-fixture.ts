import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { randomUUID } from "node:crypto"
import { loginAsNewAdmin, type AuthHeaders } from "./admin-auth"

type Currency = "eur" | "gbp" | "jpy" | "kwd"

export type StoreFixture = {
  admin: AuthHeaders
  storeHeaders: AuthHeaders
  publishableKey: string
  region: { id: string; currency_code: Currency }
  salesChannelId: string
  stockLocationId: string
  serviceZoneId: string
  shippingProfileId: string
  /** A published product with one variant priced in `currency` (major units). */
  createProduct(input: { title: string; price: number; currency?: Currency }): Promise<{
    productId: string
    variantId: string
  }>
  /** A flat-rate shipping option of a provider, enabled in the store. */
  createShippingOption(input: {
    name: string
    providerId: string
    optionData: Record<string, unknown>
    price: number
  }): Promise<{ id: string }>
}

export type StoreFixtureInput = {
  currency?: Currency
  countries?: string[]
  /** Fulfillment providers the stock location may use, besides the manual one. */
  providers?: string[]
  /** A tax rate (percent) for each country of the region, with Medusa's system tax provider. */
  taxRate?: number
  /** Prices in `currency` include tax (the store currency's tax-inclusive setting). */
  taxInclusive?: boolean
}

/**
 * A store that takes orders, set up through the Admin HTTP API as a merchant's
 * staff would: sales channel, currencies, region with the system payment
 * provider, publishable key, stock location with fulfillment providers and a
 * shipping service zone, default shipping profile.
 */
export async function createStoreFixture(
  container: MedusaContainer,
  api: AxiosInstance,
  {
    currency = "eur",
    countries = ["de"],
    providers = [],
    taxRate,
    taxInclusive = false,
  }: StoreFixtureInput = {}
): Promise<StoreFixture> {
  const admin = await loginAsNewAdmin(container, api)
  const suffix = randomUUID().slice(0, 8)

  const { data: salesChannelBody } = await api.post("/admin/sales-channels", { name: `Web ${suffix}` }, admin)
  const salesChannelId: string = salesChannelBody.sales_channel.id

  const { data: storesBody } = await api.get("/admin/stores", admin)
  await api.post(
    `/admin/stores/${storesBody.stores[0].id}`,
    {
      supported_currencies: [...new Set(["eur", "gbp", currency])].map((currency_code) => ({
        currency_code,
        is_default: currency_code === currency,
        // Prices in this currency include tax (a currency price preference).
        is_tax_inclusive: taxInclusive && currency_code === currency,
      })),
    },
    admin
  )

  const { data: regionBody } = await api.post(
    "/admin/regions",
    {
      name: `Region ${suffix}`,
      currency_code: currency,
      countries,
      payment_providers: ["pp_system_default"],
    },
    admin
  )
  for (const country_code of taxRate === undefined ? [] : countries) {
    await api.post(
      "/admin/tax-regions",
      {
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: taxRate, code: `VAT${taxRate}`, name: "VAT" },
      },
      admin
    )
  }

  const { data: keyBody } = await api.post(
    "/admin/api-keys",
    { title: `Storefront ${suffix}`, type: "publishable" },
    admin
  )
  const publishableKey: string = keyBody.api_key.token
  await api.post(`/admin/api-keys/${keyBody.api_key.id}/sales-channels`, { add: [salesChannelId] }, admin)

  const { data: locationBody } = await api.post(
    "/admin/stock-locations",
    { name: `Warehouse ${suffix}` },
    admin
  )
  const stockLocationId: string = locationBody.stock_location.id
  await api.post(`/admin/stock-locations/${stockLocationId}/sales-channels`, { add: [salesChannelId] }, admin)
  await api.post(
    `/admin/stock-locations/${stockLocationId}/fulfillment-providers`,
    { add: ["manual_manual", ...providers] },
    admin
  )
  const { data: withSet } = await api.post(
    `/admin/stock-locations/${stockLocationId}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: `Shipping ${suffix}`, type: "shipping" },
    admin
  )
  const fulfillmentSetId: string = withSet.stock_location.fulfillment_sets[0].id
  const { data: setBody } = await api.post(
    `/admin/fulfillment-sets/${fulfillmentSetId}/service-zones`,
    {
      name: `Zone ${suffix}`,
      geo_zones: countries.map((country_code) => ({ type: "country", country_code })),
    },
    admin
  )
  const serviceZoneId: string = setBody.fulfillment_set.service_zones[0].id

  const { data: profilesBody } = await api.get("/admin/shipping-profiles?type=default", admin)
  const shippingProfileId: string =
    profilesBody.shipping_profiles[0]?.id ??
    (await api.post("/admin/shipping-profiles", { name: "Default", type: "default" }, admin)).data
      .shipping_profile.id

  return {
    admin,
    storeHeaders: { headers: { "x-publishable-api-key": publishableKey } },
    publishableKey,
    region: { id: regionBody.region.id, currency_code: currency },
    salesChannelId,
    stockLocationId,
    serviceZoneId,
    shippingProfileId,
    async createProduct({ title, price, currency: productCurrency = currency }) {
      const { data } = await api.post(
        "/admin/products",
        {
          title,
          status: "published",
          shipping_profile_id: shippingProfileId,
          options: [{ title: "Kind", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              options: { Kind: "Standard" },
              manage_inventory: false,
              prices: [{ currency_code: productCurrency, amount: price }],
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        },
        admin
      )
      return { productId: data.product.id, variantId: data.product.variants[0].id }
    },
    async createShippingOption({ name, providerId, optionData, price }) {
      const { data } = await api.post(
        "/admin/shipping-options",
        {
          name,
          price_type: "flat",
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          provider_id: providerId,
          type: { label: name, description: name, code: name.toLowerCase().replace(/\W+/g, "-") },
          data: optionData,
          prices: [{ currency_code: currency, amount: price }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
        admin
      )
      return { id: data.shipping_option.id }
    },
  }
}

/** The fulfillment option a provider offers (`GET /admin/fulfillment-providers/:id/options`). */
export async function providerOption(
  api: AxiosInstance,
  admin: AuthHeaders,
  providerId: string
): Promise<Record<string, unknown>> {
  const { data } = await api.get(`/admin/fulfillment-providers/${providerId}/options`, admin)
  return data.fulfillment_options[0]
}

export const SHOPPER_ADDRESS = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "12 Market Street",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
  phone: "+49 30 1234567",
}

export type CheckoutInput = {
  variantId: string
  quantity?: number
  shippingOptionId: string
  shippingData?: Record<string, unknown>
  email?: string
  address?: Record<string, unknown>
}

/** A cart with one line and the chosen shipping method, as a storefront builds it. */
export async function prepareCart(
  api: AxiosInstance,
  fixture: StoreFixture,
  input: CheckoutInput
): Promise<string> {
  const headers = fixture.storeHeaders
  const { data: cartBody } = await api.post(
    "/store/carts",
    { region_id: fixture.region.id, sales_channel_id: fixture.salesChannelId },
    headers
  )
  const cartId: string = cartBody.cart.id
  await api.post(
    `/store/carts/${cartId}/line-items`,
    { variant_id: input.variantId, quantity: input.quantity ?? 1 },
    headers
  )
  const address = input.address ?? SHOPPER_ADDRESS
  await api.post(
    `/store/carts/${cartId}`,
    { email: input.email ?? "jane.buyer@example.com", shipping_address: address, billing_address: address },
    headers
  )
  await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: input.shippingOptionId, data: input.shippingData ?? {} },
    headers
  )
  return cartId
}

/** Pays with the system provider and completes the cart; returns the order id. */
export async function payAndComplete(
  api: AxiosInstance,
  fixture: StoreFixture,
  cartId: string
): Promise<string> {
  const headers = fixture.storeHeaders
  const { data: collectionBody } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collectionBody.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
  if (data.type !== "order") {
    throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order.id
}

/** The whole storefront checkout: cart → line → addresses → shipping → payment → order. */
export async function checkout(
  api: AxiosInstance,
  fixture: StoreFixture,
  input: CheckoutInput
): Promise<{ order_id: string; cart_id: string }> {
  const cartId = await prepareCart(api, fixture, input)
  return { order_id: await payAndComplete(api, fixture, cartId), cart_id: cartId }
}
