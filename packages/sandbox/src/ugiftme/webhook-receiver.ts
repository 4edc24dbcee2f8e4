import type { IncomingHttpHeaders } from "node:http"
import { readBody, writeResponse } from "../common/http"
import { startHttpServer } from "../common/server"

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
  const server = await startHttpServer({
    handle: async (req, res) => {
      const rawBody = (await readBody(req)) ?? Buffer.alloc(0)
      const index = received.length
      received.push({
        headers: req.headers,
        rawBody,
        json: JSON.parse(rawBody.toString("utf8")) as Record<string, unknown>,
        at: Date.now(),
      })
      const answer = receiver.respond(index)
      if (answer === "hang") return server.hold(res)
      writeResponse(res, { status: answer, headers: { "content-type": "text/plain" }, body: "ok" })
    },
    internalError: { status: 500, headers: { "content-type": "text/plain" }, body: "error" },
  })
  const receiver: WebhookReceiver = {
    url: `${server.url}/hooks/ugiftme`,
    received,
    respond: () => 200,
    close: () => server.close(),
  }
  return receiver
}
