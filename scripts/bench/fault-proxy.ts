import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"

/**
 * What the proxy does with one request:
 * - `pass`: forward it and relay the answer
 * - `status`: answer `status` without forwarding (the partner never sees it)
 * - `status_after_commit`: forward it (the partner acts on it), then answer
 *   `status` instead of the partner's answer: the caller loses the result
 * - `hang`: never answer and never forward; the caller's timeout ends it
 * - `hang_after_commit`: forward it, then never answer
 * - `answer`: answer `status` with `body` (JSON) without forwarding: a
 *   partner answer the caller may not be able to use
 */
export type ProxyAction =
  | { kind: "pass" }
  | { kind: "status"; status: number; retryAfter?: string }
  | { kind: "status_after_commit"; status: number }
  | { kind: "hang" }
  | { kind: "hang_after_commit" }
  | { kind: "answer"; status: number; body: unknown }

export type ProxyRequest = { method: string; url: string; index: number }
export type FaultPolicy = (request: ProxyRequest) => ProxyAction

export type ProxyLogEntry = { method: string; url: string; action: string; at: number }

export type FaultProxy = {
  url: string
  /** Requests by action name (`pass`, `status:500`, `hang_after_commit`, …). */
  counts(): Record<string, number>
  /** Every request seen, oldest first. */
  log(): ProxyLogEntry[]
  setPolicy(policy: FaultPolicy): void
  resetLog(): void
  close(): Promise<void>
}

export const PASS: FaultPolicy = () => ({ kind: "pass" })

/** A small seeded PRNG (mulberry32): the same seed injects the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Applies each `{ action, rate }` with its probability to the requests
 * `matches` selects (rates add up to at most 1); everything else passes.
 */
export function randomFaults(input: {
  seed: number
  matches: (request: ProxyRequest) => boolean
  faults: { action: ProxyAction; rate: number }[]
}): FaultPolicy {
  const random = seededRandom(input.seed)
  return (request) => {
    if (!input.matches(request)) return { kind: "pass" }
    let roll = random()
    for (const { action, rate } of input.faults) {
      if (roll < rate) return action
      roll -= rate
    }
    return { kind: "pass" }
  }
}

export function isGiftyzetCreate(request: ProxyRequest): boolean {
  return request.method === "POST" && request.url.split("?")[0] === "/api/plugin/v1/orders"
}

function actionName(action: ProxyAction): string {
  return action.kind === "status" || action.kind === "status_after_commit"
    ? `${action.kind}:${action.status}`
    : action.kind
}

type Upstream = { status: number; headers: Record<string, string>; body: Buffer }

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on("data", (chunk: Buffer) => chunks.push(chunk))
    stream.on("end", () => resolve(Buffer.concat(chunks)))
    stream.on("error", reject)
  })
}

/**
 * An HTTP proxy in front of a partner sandbox that injects faults by policy,
 * for the benchmarks and the reliability suite. It can lose an answer after
 * the partner committed (which the sandboxes' own count-based faults cover
 * only in part) and spreads faults over a run instead of front-loading them.
 */
export async function startFaultProxy(target: string, policy: FaultPolicy = PASS): Promise<FaultProxy> {
  const targetUrl = new URL(target)
  let current = policy
  let index = 0
  let entries: ProxyLogEntry[] = []
  const counts: Record<string, number> = {}
  const sockets = new Set<Socket>()

  const forward = (req: IncomingMessage, body: Buffer): Promise<Upstream> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: targetUrl.host }
      const upstream = httpRequest(
        {
          hostname: targetUrl.hostname,
          port: targetUrl.port,
          method: req.method,
          path: req.url,
          headers,
        },
        (response) => {
          readAll(response).then(
            (data) =>
              resolve({
                status: response.statusCode ?? 502,
                headers: Object.fromEntries(
                  Object.entries(response.headers)
                    .filter(([name]) => !["connection", "transfer-encoding", "keep-alive"].includes(name))
                    .map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : String(value)])
                ),
                body: data,
              }),
            reject
          )
        }
      )
      upstream.on("error", reject)
      upstream.end(body)
    })

  const answer = (
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: Buffer | string
  ) => {
    if (res.destroyed) return
    res.writeHead(status, headers)
    res.end(body)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readAll(req)
    const request = { method: (req.method ?? "GET").toUpperCase(), url: req.url ?? "/", index: index++ }
    const action = current(request)
    const name = actionName(action)
    counts[name] = (counts[name] ?? 0) + 1
    entries.push({ method: request.method, url: request.url, action: name, at: Date.now() })
    const injected = (status: number, extra: Record<string, string> = {}) =>
      answer(
        res,
        status,
        { "content-type": "application/json", ...extra },
        JSON.stringify({ error: status === 429 ? "Too many requests" : "Internal server error (injected)" })
      )
    switch (action.kind) {
      case "status":
        injected(action.status, action.retryAfter ? { "retry-after": action.retryAfter } : {})
        return
      case "hang":
        return
      case "answer":
        answer(res, action.status, { "content-type": "application/json" }, JSON.stringify(action.body))
        return
      default: {
        const upstream = await forward(req, body)
        if (action.kind === "hang_after_commit") return
        if (action.kind === "status_after_commit") {
          injected(action.status)
          return
        }
        answer(res, upstream.status, upstream.headers, upstream.body)
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() =>
      answer(res, 502, { "content-type": "application/json" }, '{"error":"proxy"}')
    )
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.once("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    log: () => [...entries],
    setPolicy(next) {
      current = next
    },
    resetLog() {
      entries = []
      for (const key of Object.keys(counts)) delete counts[key]
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    },
  }
}
