import { createServer } from "node:http"
import type { IncomingHttpHeaders, Server } from "node:http"

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

export type ReceivedDelivery = {
  headers: IncomingHttpHeaders
  rawBody: Buffer
  json: Record<string, unknown>
  at: number
}

export type WebhookReceiver = {
  url: string
  received: ReceivedDelivery[]
  /** Status to answer for the n-th delivery (0-based); default 200. "hang" never answers. */
  respond: (index: number) => number | "hang"
  close(): Promise<void>
}

/** A loopback HTTP server recording what the sandbox POSTs to it. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = []
  const receiver: WebhookReceiver = {
    url: "",
    received,
    respond: () => 200,
    close: async () => undefined,
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks)
      const index = received.length
      received.push({
        headers: req.headers,
        rawBody,
        json: JSON.parse(rawBody.toString("utf8")) as Record<string, unknown>,
        at: Date.now(),
      })
      const answer = receiver.respond(index)
      if (answer === "hang") return
      res.writeHead(answer, { "Content-Type": "text/plain" })
      res.end("ok")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : 0
  receiver.url = `http://127.0.0.1:${port}/hooks/ugiftme`
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return receiver
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
