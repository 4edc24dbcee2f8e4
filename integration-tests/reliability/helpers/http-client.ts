import { randomUUID } from "node:crypto"
import type { AxiosInstance } from "axios"
import type { LeakScanner } from "./secrets"
import type { SeedSummary } from "./child-store"

export type HttpAnswer<T = Record<string, unknown>> = { status: number; body: T; text: string }

/** JSON over HTTP with `fetch`; every answer body goes to the leak scanner. */
export function httpClient(baseUrl: string, headers: Record<string, string>, scanner?: LeakScanner) {
  async function request<T>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    scanner?.add(`${method} ${path} → ${response.status}`, text)
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed as T, text }
  }
  const ok = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await request<T>(method, path, body)
    if (answer.status >= 400) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`)
    return answer.body
  }
  return {
    request,
    get: <T = Record<string, unknown>>(path: string) => ok<T>("GET", path),
    post: <T = Record<string, unknown>>(path: string, body: unknown = {}) => ok<T>("POST", path, body),
  }
}

export type HttpClient = ReturnType<typeof httpClient>

const SHOPPER = {
  first_name: "Jane",
  last_name: "Buyer",
  address_1: "12 Market Street",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
  phone: "+49 30 1234567",
}

type Id = { id: string }

/** A storefront checkout of the seed's product with one of the seed's shipping options. */
export async function placeOrder(
  store: HttpClient,
  seed: SeedSummary,
  { gift, shippingData }: { gift: boolean; shippingData?: Record<string, unknown> }
): Promise<string> {
  const region = seed.regions.find((candidate) => candidate.currency_code === "eur")!
  const { cart } = await store.post<{ cart: Id }>("/store/carts", {
    region_id: region.id,
    email: `buyer-${randomUUID()}@example.com`,
    items: [{ variant_id: seed.product.variant_ids[0], quantity: 1 }],
    shipping_address: SHOPPER,
    billing_address: SHOPPER,
  })
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: gift ? seed.shipping_options.gift : seed.shipping_options.manual,
    ...(shippingData ? { data: shippingData } : {}),
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

/**
 * The storefront checkout in five calls (the cart is created with its line and
 * addresses) through the test runner's axios client; returns the order id.
 */
export async function compactCheckout(
  api: AxiosInstance,
  input: {
    storeHeaders: { headers: Record<string, string> }
    regionId: string
    variantId: string
    shippingOptionId: string
    shippingData?: Record<string, unknown>
  }
): Promise<string> {
  const headers = input.storeHeaders
  const step = async <T>(path: string, body: unknown): Promise<T> => {
    try {
      return (await api.post<T>(path, body, headers)).data
    } catch (error) {
      const answer = (error as { response?: { status: number; data: unknown } }).response
      throw new Error(`POST ${path} answered ${answer?.status}: ${JSON.stringify(answer?.data)}`)
    }
  }
  // One shopper per checkout: concurrent guest carts with the same email race in
  // Medusa 2.21 to create the guest customer, and the loser answers 400.
  const { cart } = await step<{ cart: Id }>("/store/carts", {
    region_id: input.regionId,
    email: `buyer-${randomUUID()}@example.com`,
    items: [{ variant_id: input.variantId, quantity: 1 }],
    shipping_address: SHOPPER,
    billing_address: SHOPPER,
  })
  await step(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: input.shippingOptionId,
    data: input.shippingData ?? {},
  })
  const { payment_collection } = await step<{ payment_collection: Id }>("/store/payment-collections", {
    cart_id: cart.id,
  })
  await step(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await step<{ type: string; order: Id }>(`/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") throw new Error(`cart ${cart.id} did not complete`)
  return completed.order.id
}
