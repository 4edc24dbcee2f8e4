import { createHmac } from "node:crypto"

export { startWebhookReceiver } from "../../webhook-receiver"
export type { ReceivedDelivery, WebhookReceiver } from "../../webhook-receiver"

/** Test-side view of a JSON answer; `T` is what the test expects to read. */
export type ApiAnswer<T> = { status: number; headers: Headers; json: T }

/** Raw call to the sandbox business API. */
export async function api<T = Record<string, unknown>>(
  origin: string,
  method: string,
  path: string,
  options: { apiKey?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  if (options.apiKey !== undefined) headers["X-API-Key"] = options.apiKey
  let body: string | undefined = options.rawBody
  if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers["Content-Type"] = "application/json"
  }
  const response = await fetch(`${origin}/api/v1/business${path}`, { method, headers, body })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    json: (text ? JSON.parse(text) : undefined) as T,
  }
}

/** Polls until `check` returns a value other than undefined/false. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 3_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** A valid single order body for the seeded catalog. */
export function amazonUk(value = 50, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    productCode: "AMAZON_UK_STD",
    merchant: "Amazon UK",
    currency: "GBP",
    valuePurchased: value,
    ...extra,
  }
}

/** Whether `signature` is the hex HMAC-SHA256 of `rawBody` with `secret` (UGiftMe's `X-Webhook-Signature`). */
export function isSignedWith(rawBody: Buffer, signature: string, secret: string): boolean {
  return signature === createHmac("sha256", secret).update(rawBody).digest("hex")
}
