import type { IncomingMessage, ServerResponse } from "node:http"
import { json, readBody, writeResponse } from "../common/http"
import { countRequest } from "../common/request-counts"
import { isUnder, matchRoute } from "../common/router"
import { startHttpServer, type RunningHttpServer } from "../common/server"
import { SandboxCore } from "./core"
import { headerValue, parseJsonBuffer } from "./http"
import { injectedErrorBody } from "./faults"
import { isIpAllowed, normalizeIp } from "./ip-allow-list"
import { RATE_LIMIT_MESSAGES } from "./rate-limiter"
import { authRoutes } from "./routes/auth"
import { controlRoutes } from "./routes/control"
import { orderRoutes } from "./routes/orders"
import { productRoutes } from "./routes/products"
import type { ApiRoute, ControlRoute } from "./routes/route-types"
import { walletRoutes } from "./routes/wallet"
import { webhookRoutes } from "./routes/webhooks"
import type { HandlerResult, LimiterName, RateLimitRule, SandboxConfig } from "./types"
import { TOLERANT_IDEMPOTENCY } from "./types"

export const API_PREFIX = "/api/v1/business"
export const CONTROL_PREFIX = "/__sandbox/ugiftme"

/** Options of {@link startUgiftmeSandbox}. */
export type UgiftmeSandboxOptions = {
  /** 0 = any free port (default). */
  port?: number
  /** Default "127.0.0.1". */
  host?: string
  /** Accounts that exist from the start, each verified with a funded wallet per catalog currency; one UUID key is generated when empty. */
  apiKeys?: string[]
  /** false (default): `POST /orders` answers 201; true: 202 and an order request. */
  asyncOrders?: boolean
  /** Pace of async order requests, per step (queued → processing → done). Default 50. */
  processingDelayMs?: number
  /** Multiplies the documented webhook retry delays (1 min … 4 h); e.g. 0.001 in tests. Default 1. */
  webhookTimeScale?: number
  /** Simulated supplier time per order create (inside the idempotency lock). Default 0. */
  orderLatencyMs?: number
  /** How long a subscriber has to answer a delivery. Default 5000 (the documented 5 s). */
  webhookReceiverTimeoutMs?: number
  /** Opening balance of each seeded wallet, in major units. Default 10000. */
  initialBalance?: number
  /** Per-limiter rules; defaults are generous (10000 per minute). */
  rateLimits?: Partial<Record<LimiterName, RateLimitRule>>
  /** JSON file the state is loaded from and saved to (atomically) after every change. */
  persistFile?: string
  /** Stricter `Idempotency-Key` readings (see `SandboxConfig.idempotency`); default: all off. */
  idempotency?: Partial<SandboxConfig["idempotency"]>
}

/** A running sandbox. `url` is the origin; the API lives under `${url}/api/v1/business`. */
export type UgiftmeSandbox = {
  url: string
  apiKeys: string[]
  close(): Promise<void>
}

const API_ROUTES: ApiRoute[] = [
  ...authRoutes,
  ...productRoutes,
  ...orderRoutes,
  ...walletRoutes,
  ...webhookRoutes,
]

/** UGiftMe answers a known path with the wrong method as it answers an unknown path. */
function findRoute<R extends ApiRoute | ControlRoute>(
  routes: readonly R[],
  method: string,
  path: string
): { route: R; params: Record<string, string> } | undefined {
  const match = matchRoute(routes, method, path)
  return match.kind === "found" ? match : undefined
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  writeResponse(res, json(status, body, headers))
}

const INTERNAL_ERROR = { error: "An error occurred", message: "An error occurred" }

/** HTTP front of the sandbox: authentication, faults, limiters, routing. */
class SandboxHttp {
  /** Set once the server listens; holds "hang" faults open until close. */
  server: RunningHttpServer | undefined

  constructor(private readonly core: SandboxCore) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid")
    const path = url.pathname
    if (isUnder(path, CONTROL_PREFIX)) {
      return this.control(req, res, path.slice(CONTROL_PREFIX.length) || "/", url.searchParams)
    }
    if (isUnder(path, API_PREFIX)) {
      return this.api(req, res, path.slice(API_PREFIX.length) || "/", url.searchParams)
    }
    if (path === "/" || path === "/health") {
      return sendJson(res, 200, {
        ok: true,
        name: "UGiftMe sandbox",
        api: API_PREFIX,
        control: CONTROL_PREFIX,
      })
    }
    sendJson(res, 404, { error: "Not found" })
  }

  private async control(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams
  ): Promise<void> {
    const body = await this.readJson(req, res)
    if (!body.ok) return
    const match = findRoute(controlRoutes, req.method ?? "GET", path)
    if (!match) return sendJson(res, 404, { error: "Unknown sandbox control endpoint" })
    const result = await match.route.handler({
      core: this.core,
      params: match.params,
      query,
      body: body.value,
    })
    sendJson(res, result.status, result.body, result.headers)
  }

  private async api(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams
  ): Promise<void> {
    const method = req.method ?? "GET"
    const core = this.core
    const match = findRoute(API_ROUTES, method, path)
    countRequest(core.state.counters.requests, `${method} ${match ? match.route.path : "(unknown)"}`)

    const latency = core.faults.latencyFor(method, path)
    if (latency > 0) {
      await core.pause(latency)
      if (core.shutdownSignal.aborted) return void res.destroy()
    }
    const fault = core.faults.takeRequestFault(method, path)
    if (fault?.kind === "hang") return this.hang(res)
    if (fault?.kind === "error") {
      // An injected redirect points back at the same URL: a client that follows it is seen asking twice.
      const location: Record<string, string> = fault.status < 400 ? { location: req.url ?? "/" } : {}
      return sendJson(
        res,
        fault.status,
        injectedErrorBody(fault.status, method, path.replace(/\/+$/, "")),
        location
      )
    }

    const apiKey = headerValue(req.headers["x-api-key"])
    if (!apiKey) return sendJson(res, 401, { error: "Missing API key" })
    const account = core.accountByKey(apiKey)
    if (!account) return sendJson(res, 401, { error: "Invalid API key", reason: "API key not found" })
    if (account.revokedReason)
      return sendJson(res, 401, { error: "Invalid API key", reason: account.revokedReason })
    const ip = normalizeIp(req.socket.remoteAddress)
    if (!isIpAllowed(ip, account.ipAllowList)) {
      return sendJson(res, 403, { error: "IP not whitelisted", ip, whitelistedIps: account.ipAllowList })
    }
    if (!match)
      return sendJson(res, 404, {
        error: "Not found",
        message: `No route for ${method} ${API_PREFIX}${path}`,
      })

    let limitHeaders: Record<string, string> = {}
    if (match.route.limiter) {
      const decision = core.limiter.hit(match.route.limiter, account.apiKey)
      limitHeaders = decision.headers
      if (!decision.allowed) {
        return sendJson(res, 429, { error: RATE_LIMIT_MESSAGES[match.route.limiter] }, limitHeaders)
      }
    }
    const body = await this.readJson(req, res)
    if (!body.ok) return
    const result = await match.route.handler({
      core,
      account,
      params: match.params,
      query,
      body: body.value,
      headers: req.headers,
      ip,
    })
    const lost = result.status < 300 ? core.faults.takeLostAnswer(method, path) : undefined
    const headers = { ...limitHeaders, ...(result.headers ?? {}) }
    if (path.startsWith("/orders") && headers["X-Business-Orders-Async"] === undefined) {
      headers["X-Business-Orders-Async"] = String(core.config.asyncOrders)
    }
    this.respond(res, lost ? { ...result, transport: lost } : result, headers)
  }

  /** Writes the answer, or applies a "debit then fail" or "lost answer" transport fault. */
  private respond(res: ServerResponse, result: HandlerResult, headers: Record<string, string>): void {
    switch (result.transport ?? "respond") {
      case "error":
        return sendJson(res, 500, {
          error: "An error occurred",
          message: "Injected sandbox fault after commit",
        })
      case "drop":
        res.socket?.destroy()
        return
      case "hang":
        return this.hang(res)
      default:
        return sendJson(res, result.status, result.body, headers)
    }
  }

  private hang(res: ServerResponse): void {
    this.server?.hold(res)
  }

  private async readJson(
    req: IncomingMessage,
    res: ServerResponse
  ): Promise<{ ok: true; value: unknown } | { ok: false }> {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "DELETE") {
      req.resume()
      return { ok: true, value: undefined }
    }
    let bytes: Buffer | undefined
    try {
      bytes = await readBody(req)
    } catch {
      res.destroy()
      return { ok: false }
    }
    if (bytes === undefined) {
      sendJson(res, 413, { error: "Payload too large", message: "The request body exceeds 1 MB" })
      return { ok: false }
    }
    const parsed = parseJsonBuffer(bytes)
    if (!parsed.ok) {
      sendJson(res, 400, { error: "Invalid JSON", message: "The request body is not valid JSON" })
    }
    return parsed
  }
}

/**
 * Starts the UGiftMe sandbox: the `/api/v1/business` API and the
 * `/__sandbox/ugiftme` control endpoints on one HTTP server.
 */
export async function startUgiftmeSandbox(options: UgiftmeSandboxOptions = {}): Promise<UgiftmeSandbox> {
  const core = new SandboxCore({
    apiKeys: options.apiKeys ?? [],
    initialBalance: options.initialBalance ?? 10_000,
    config: {
      asyncOrders: options.asyncOrders ?? false,
      processingDelayMs: options.processingDelayMs ?? 50,
      webhookTimeScale: options.webhookTimeScale ?? 1,
      webhookReceiverTimeoutMs: options.webhookReceiverTimeoutMs ?? 5_000,
      webhookTestTimeoutMs: 10_000,
      orderLatencyMs: options.orderLatencyMs ?? 0,
      idempotency: { ...TOLERANT_IDEMPOTENCY, ...options.idempotency },
    },
    rateLimits: options.rateLimits ?? {},
    persistFile: options.persistFile,
  })
  const http = new SandboxHttp(core)
  const server = await startHttpServer({
    port: options.port,
    host: options.host,
    handle: (req, res) => http.handle(req, res),
    internalError: json(500, INTERNAL_ERROR),
    onClose: () => core.close(),
  })
  http.server = server
  return {
    url: server.url,
    apiKeys: core.apiKeys,
    close: () => server.close(),
  }
}
