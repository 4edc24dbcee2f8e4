import type { SeedSummary } from "./dev-store"

export const GIFT_PROVIDER_ID = "giftyzet_giftyzet"
export const VOUCHER_PROVIDER_ID = "ugiftme_ugiftme"

type Json = Record<string, unknown>

/** No call of a test waits on the store longer than this: a hung store fails the test with the request's name. */
const REQUEST_TIMEOUT_MS = 30_000

async function call<T = Json>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    ...init,
    headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
  }).catch((error: Error) => {
    throw new Error(`${init.method ?? "GET"} ${url} got no answer: ${error.message}`)
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${init.method ?? "GET"} ${url} answered ${response.status}: ${text}`)
  }
  return (text ? JSON.parse(text) : {}) as T
}

export const BUYER_ADDRESS = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "12 Market Street",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
  phone: "+49 30 1234567",
}

export const LONDON_ADDRESS = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "1 High Street",
  city: "London",
  postal_code: "SW1A 1AA",
  country_code: "gb",
  phone: "+44 20 7946 0000",
}

/**
 * The dev store over HTTP, as its staff (Admin API, bearer token from
 * `POST /auth/user/emailpass`) and a storefront (Store API with the
 * publishable key) use it. Sets up what the seed leaves out (the gift and
 * voucher shipping options, a voucher product) and places orders.
 */
export class DevStoreApi {
  private token: string | undefined

  constructor(
    private readonly url: string,
    private readonly seed: SeedSummary
  ) {}

  async login(email: string, password: string): Promise<void> {
    const { token } = await call<{ token: string }>(`${this.url}/auth/user/emailpass`, {
      method: "POST",
      body: JSON.stringify({ email, password }),
    })
    this.token = token
  }

  admin<T = Json>(path: string, init: RequestInit = {}): Promise<T> {
    if (!this.token) throw new Error("log in first")
    return call<T>(`${this.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, ...(init.headers as Record<string, string>) },
    })
  }

  store<T = Json>(path: string, init: RequestInit = {}): Promise<T> {
    return call<T>(`${this.url}${path}`, {
      ...init,
      headers: {
        "x-publishable-api-key": this.seed.publishable_api_key,
        ...(init.headers as Record<string, string>),
      },
    })
  }

  /** Lets the seed's stock location fulfil with `providerId` and offers its option at checkout. */
  async createShippingOption(input: {
    name: string
    providerId: string
    prices: { currency_code: string; amount: number }[]
  }): Promise<string> {
    await this.admin(`/admin/stock-locations/${this.seed.stock_location_id}/fulfillment-providers`, {
      method: "POST",
      body: JSON.stringify({ add: [input.providerId] }),
    })
    const { fulfillment_options } = await this.admin<{ fulfillment_options: Json[] }>(
      `/admin/fulfillment-providers/${input.providerId}/options`
    )
    const { shipping_option } = await this.admin<{ shipping_option: { id: string } }>(
      "/admin/shipping-options",
      {
        method: "POST",
        body: JSON.stringify({
          name: input.name,
          price_type: "flat",
          service_zone_id: this.seed.service_zone_id,
          shipping_profile_id: this.seed.shipping_profile_id,
          provider_id: input.providerId,
          type: {
            label: input.name,
            description: input.name,
            code: input.name.toLowerCase().replace(/\W+/g, "-"),
          },
          data: fulfillment_options[0],
          prices: input.prices,
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        }),
      }
    )
    return shipping_option.id
  }

  /** The seed's manual "Standard shipping" option. */
  async manualShippingOptionId(): Promise<string> {
    const { shipping_options } = await this.admin<{
      shipping_options: { id: string; provider_id: string }[]
    }>("/admin/shipping-options?fields=id,provider_id")
    const manual = shipping_options.find((option) => option.provider_id === "manual_manual")
    if (!manual) throw new Error("the seed has no manual shipping option")
    return manual.id
  }

  /** A published product with one variant at these prices (major units), in the seed's sales channel. */
  async createProduct(title: string, prices: { currency_code: string; amount: number }[]): Promise<string> {
    const { product } = await this.admin<{ product: { variants: { id: string }[] } }>("/admin/products", {
      method: "POST",
      body: JSON.stringify({
        title,
        status: "published",
        shipping_profile_id: this.seed.shipping_profile_id,
        options: [{ title: "Kind", values: ["Standard"] }],
        variants: [{ title: "Standard", options: { Kind: "Standard" }, manage_inventory: false, prices }],
        sales_channels: [{ id: this.seed.sales_channel_id }],
      }),
    })
    return product.variants[0].id
  }

  /**
   * The storefront checkout: cart → line → addresses → shipping method →
   * payment → order id. Defaults: the seed's gift mug, in EUR, to Berlin.
   */
  async placeOrder(input: {
    shippingOptionId: string
    shippingData?: Json
    quantity?: number
    variantId?: string
    currency?: "eur" | "gbp"
  }): Promise<string> {
    const currency = input.currency ?? "eur"
    const region = this.seed.regions.find((candidate) => candidate.currency_code === currency)
    if (!region) throw new Error(`the seed has no ${currency} region`)
    const address = currency === "gbp" ? LONDON_ADDRESS : BUYER_ADDRESS
    const { cart } = await this.store<{ cart: { id: string } }>("/store/carts", {
      method: "POST",
      body: JSON.stringify({ region_id: region.id, sales_channel_id: this.seed.sales_channel_id }),
    })
    await this.store(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: JSON.stringify({
        variant_id: input.variantId ?? this.seed.product.variant_ids[0],
        quantity: input.quantity ?? 1,
      }),
    })
    await this.store(`/store/carts/${cart.id}`, {
      method: "POST",
      body: JSON.stringify({
        email: "jane.buyer@example.com",
        shipping_address: address,
        billing_address: address,
      }),
    })
    await this.store(`/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      body: JSON.stringify({ option_id: input.shippingOptionId, data: input.shippingData ?? {} }),
    })
    const { payment_collection } = await this.store<{ payment_collection: { id: string } }>(
      "/store/payment-collections",
      { method: "POST", body: JSON.stringify({ cart_id: cart.id }) }
    )
    await this.store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: JSON.stringify({ provider_id: "pp_system_default" }),
    })
    const completed = await this.store<{ type: string; order?: { id: string }; error?: unknown }>(
      `/store/carts/${cart.id}/complete`,
      { method: "POST", body: "{}" }
    )
    if (completed.type !== "order" || !completed.order) {
      throw new Error(`the cart did not complete: ${JSON.stringify(completed.error ?? completed)}`)
    }
    return completed.order.id
  }
}
