import { startGiftyzetSandbox, type GiftyzetSandbox, type GiftyzetSandboxOptions } from "../index"

export const KEY_A = "gfty_live_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
export const KEY_B = "gfty_live_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

let counter = 0

/** A unique external order id per call. */
export function uniqueExternalId(prefix = "ORD"): string {
  counter += 1
  return `${prefix}-${Date.now()}-${counter}`
}

/** A create body that passes every check. */
export function validOrderBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    external_order_id: uniqueExternalId(),
    sender_name: "Jane Doe",
    sender_email: "jane@example.com",
    sender_phone: "+1234567890",
    sender_address: "123 Main St, City, ST 12345",
    receiver_name: "John Doe",
    receiver_email: "john@example.com",
    receiver_phone: "+1987654321",
    items: [
      { name: "Gift Box", price: 49.99, quantity: 1 },
      { name: "Card", price: 5, quantity: 2 },
    ],
    subtotal: 59.99,
    shipping: 0,
    tax: 4.4,
    total: 64.39,
    ...overrides,
  }
}

export type JsonResponse = { status: number; headers: Headers; body: Record<string, unknown> }

/** Small JSON-over-HTTP helper bound to one sandbox. */
export function httpClient(sandbox: GiftyzetSandbox) {
  const request = async (
    method: string,
    path: string,
    options: { key?: string; headers?: Record<string, string>; body?: unknown } = {}
  ): Promise<JsonResponse> => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.key !== undefined) {
      headers["X-API-Key"] = options.key
    }
    if (options.body !== undefined) {
      headers["Content-Type"] = "application/json"
    }
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === "string"
            ? options.body
            : JSON.stringify(options.body),
    })
    const text = await response.text()
    let body: Record<string, unknown> = {}
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
    } catch {
      body = { __text: text }
    }
    return { status: response.status, headers: response.headers, body }
  }
  return {
    request,
    create: (body: unknown, key: string = KEY_A) => request("POST", "/api/plugin/v1/orders", { key, body }),
    control: (method: string, path: string, body?: unknown) =>
      request(method, `/__sandbox/giftyzet${path}`, { body }),
  }
}

/** Starts a sandbox with the two test keys unless told otherwise. */
export function startTestSandbox(options: GiftyzetSandboxOptions = {}): Promise<GiftyzetSandbox> {
  return startGiftyzetSandbox({ apiKeys: [KEY_A, KEY_B], ...options })
}
