import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

type Recorded = { method: string; url: string; headers: IncomingMessage["headers"]; body: unknown }
type Reply = { status: number; body: unknown }

/** A stand-in Store API on loopback: records requests, answers from a script of replies. */
export class FakeStoreApi {
  readonly requests: Recorded[] = []
  private readonly replies: Reply[] = []
  private server!: Server
  url = ""

  async start() {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  reply(...replies: Reply[]) {
    this.replies.push(...replies)
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      this.requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      })
      const reply = this.replies.shift() ?? { status: 500, body: { message: "no reply scripted" } }
      res.writeHead(reply.status, { "content-type": "application/json" })
      res.end(JSON.stringify(reply.body))
    })
  }
}
