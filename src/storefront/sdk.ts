/**
 * The parts of a Medusa JS SDK instance (`new Medusa({ … })` from
 * `@medusajs/js-sdk`) the helpers use. Any object of this shape works, so the
 * plugin has no runtime dependency on the SDK and tests can pass a stand-in.
 */
export type GiftingSdk = {
  client: {
    fetch<T>(input: string, init?: GiftingFetchInit): Promise<T>
  }
  store: {
    cart: {
      addShippingMethod(
        cartId: string,
        body: { option_id: string; data?: Record<string, unknown> },
        query?: Record<string, unknown>,
        headers?: Record<string, string>
      ): Promise<{ cart: unknown }>
    }
  }
}

/** The request options the helpers pass to `sdk.client.fetch`. */
export type GiftingFetchInit = {
  method: "GET"
  headers?: Record<string, string>
  signal?: AbortSignal
  /** Never serve a gift's state from a cache (Next.js caches `fetch` by default in some versions). */
  cache: "no-store"
}

/** The HTTP status of an error thrown by the SDK (`FetchError.status`), if it has one. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status?: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}
