import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"
import { setTimeout as sleep } from "node:timers/promises"
import type { RequestContext } from "./context"
import { FaultRegistry, type ActiveFault } from "./faults"
import {
  json,
  jsonError,
  methodNotAllowed,
  readBody,
  writeResponse,
  type SandboxResponse,
} from "./http-response"
import { generateAdminSecret } from "./ids"
import { MESSAGES } from "./messages"
import { matchRoute, type RouteMatch } from "./router"
import { CONTROL_PREFIX, CONTROL_ROUTES } from "./routes/control"
import { createOrder, externalIdOfCreateBody } from "./routes/create-order"
import { olderDeploymentNotFound } from "./routes/not-found"
import { PARTNER_ROUTES } from "./routes/partner-routes"
import { SandboxState } from "./state"
import { RequestStats } from "./stats"
import type { GiftyzetGeneration } from "./types"

/** Options of {@link startGiftyzetSandbox}. */
export type GiftyzetSandboxOptions = {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number
  /** Interface to bind; default `127.0.0.1`. */
  host?: string
  /** Integrations that exist from the start, one per key. Empty: one key is generated. */
  apiKeys?: string[]
  /** Which deployment to imitate; default `"documented"`. */
  generation?: GiftyzetGeneration
  /** Base of `recipient_link`; default the sandbox's own URL. */
  publicBaseUrl?: string
  /** JSON file to load state from and save it to after every change. */
  persistFile?: string
  /** Bearer secret of the admin integration endpoints; default generated. */
  adminSecret?: string
}

/** A running sandbox. */
export type GiftyzetSandbox = {
  /** Base URL, e.g. `http://127.0.0.1:54321` (no trailing slash). */
  url: string
  /** The start-up API keys (given or generated). */
  apiKeys: string[]
  adminSecret: string
  /** Stops listening and destroys every open socket, hanging ones included. */
  close(): Promise<void>
}

function formatHost(host: string): string {
  if (host === "0.0.0.0" || host === "") {
    return "127.0.0.1"
  }
  if (host === "::") {
    return "[::1]"
  }
  return host.includes(":") ? `[${host}]` : host
}

function routeName(match: RouteMatch, method: string): string {
  if (match.kind === "found") {
    return `${method} ${match.route.pattern}`
  }
  return match.kind === "wrong-method" ? `${method} ${match.pattern}` : `${method} (unmatched)`
}

function faultResponse(fault: ActiveFault): SandboxResponse {
  if (fault.kind === "malformed") {
    return json(fault.status, fault.body)
  }
  if (fault.kind === "rate_limit") {
    return json(fault.status, { error: "Too many requests" }, { "retry-after": fault.retry_after })
  }
  return jsonError(
    fault.status,
    fault.status === 500 ? MESSAGES.internalError : `Injected fault (HTTP ${fault.status})`
  )
}

/**
 * Starts an in-process imitation of Giftyzet's plugin API, recipient page
 * and admin endpoints, plus control endpoints under `/__sandbox/giftyzet`.
 * Uses Node built-ins only, so it runs from the compiled plugin anywhere.
 */
export async function startGiftyzetSandbox(options: GiftyzetSandboxOptions = {}): Promise<GiftyzetSandbox> {
  const state = new SandboxState({
    apiKeys: options.apiKeys ?? [],
    generation: options.generation ?? "documented",
    persistFile: options.persistFile,
  })
  const faults = new FaultRegistry()
  const stats = new RequestStats()
  const adminSecret = options.adminSecret ?? generateAdminSecret()
  const sockets = new Set<Socket>()
  const hangTimers = new Set<NodeJS.Timeout>()
  const shutdown = new AbortController()
  let publicBaseUrl = ""

  const hang = (req: IncomingMessage, fault: ActiveFault): void => {
    const socket = req.socket
    const timer = setTimeout(() => {
      hangTimers.delete(timer)
      socket.destroy()
    }, fault.hang_ms)
    hangTimers.add(timer)
    socket.once("close", () => {
      clearTimeout(timer)
      hangTimers.delete(timer)
    })
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid")
    const method = (req.method ?? "GET").toUpperCase()
    const path = url.pathname
    const body = await readBody(req)
    if (body === undefined) {
      writeResponse(res, jsonError(413, "Request body too large"))
      return
    }
    const base: Omit<RequestContext, "params"> = {
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      state,
      faults,
      stats,
      publicBaseUrl,
      adminSecret,
    }

    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      const control = matchRoute(CONTROL_ROUTES, method, path)
      const response =
        control.kind === "found"
          ? control.route.handler({ ...base, params: control.params })
          : control.kind === "wrong-method"
            ? methodNotAllowed(control.allowed)
            : jsonError(404, "Unknown sandbox control endpoint")
      writeResponse(res, response)
      return
    }

    const match = matchRoute(PARTNER_ROUTES, method, path)
    stats.record(routeName(match, method))
    const externalId =
      match.kind === "found" && match.route.handler === createOrder ? externalIdOfCreateBody(body) : undefined
    if (externalId) {
      state.recordCreateReceived(externalId)
    }

    const latency = faults.takeLatency(method, path)
    if (latency > 0) {
      await sleep(latency, undefined, { signal: shutdown.signal })
    }
    const blocking = faults.takeBlocking(method, path)
    if (blocking) {
      if (externalId) {
        state.recordCreateOutcome(externalId, "faulted")
      }
      if (blocking.kind === "hang") {
        hang(req, blocking)
      } else {
        writeResponse(res, faultResponse(blocking))
      }
      return
    }

    const response =
      match.kind === "found"
        ? match.route.handler({ ...base, params: match.params })
        : match.kind === "wrong-method"
          ? methodNotAllowed(match.allowed)
          : olderDeploymentNotFound()

    const afterCommit = faults.takeAfterCommit(method, path)
    if (afterCommit) {
      if (afterCommit.mode === "drop") {
        req.socket.destroy()
      } else {
        writeResponse(res, faultResponse(afterCommit))
      }
      return
    }
    writeResponse(res, response)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      writeResponse(res, jsonError(500, MESSAGES.internalError))
    })
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.once("close", () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const url = `http://${formatHost(options.host ?? "127.0.0.1")}:${address.port}`
  publicBaseUrl = (options.publicBaseUrl ?? url).replace(/\/+$/, "")

  let closing: Promise<void> | undefined
  return {
    url,
    apiKeys: state.startupKeys,
    adminSecret,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        shutdown.abort()
        for (const timer of hangTimers) {
          clearTimeout(timer)
        }
        hangTimers.clear()
        server.close(() => resolve())
        for (const socket of sockets) {
          socket.destroy()
        }
      })
      return closing
    },
  }
}
