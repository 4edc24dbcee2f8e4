import { createServer } from "node:http"
import type { IncomingHttpHeaders, Server } from "node:http"

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

/**
 * A loopback HTTP server recording what the UGiftMe sandbox POSTs to it: for
 * tests of a webhook consumer (`respond` picks each delivery's answer).
 */
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
