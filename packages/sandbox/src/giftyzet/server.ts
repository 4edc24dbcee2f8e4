import type { IncomingMessage, ServerResponse } from "node:http"
import { isUnder, matchRoute, type RouteMatch } from "../common/router"
import { pause } from "../common/pause"
import { startHttpServer } from "../common/server"
import type { RequestContext, Route } from "./context"
import { GiftyzetFaults, type ActiveFault } from "./faults"
import { json, readBody, writeResponse, type SandboxResponse } from "../common/http"
import { jsonError, methodNotAllowed } from "./http-response"
import { generateAdminSecret } from "./ids"
import { MESSAGES } from "./messages"
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

function routeName(match: RouteMatch<Route>, method: string): string {
  if (match.kind === "found") {
    return `${method} ${match.route.path}`
  }
  return match.kind === "wrong-method" ? `${method} ${match.path}` : `${method} (unmatched)`
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
  const faults = new GiftyzetFaults()
  const stats = new RequestStats()
  const adminSecret = options.adminSecret ?? generateAdminSecret()
  const shutdown = new AbortController()
  let publicBaseUrl = ""

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://sandbox.invalid")
    const method = (req.method ?? "GET").toUpperCase()
    const path = url.pathname
    const bytes = await readBody(req)
    if (bytes === undefined) {
      writeResponse(res, jsonError(413, "Request body too large"))
      return
    }
    const body = bytes.toString("utf8")
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

    if (isUnder(path, CONTROL_PREFIX)) {
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
      await pause(latency, shutdown.signal)
      if (shutdown.signal.aborted) return void res.destroy()
    }
    const blocking = faults.takeBlocking(method, path)
    if (blocking) {
      if (externalId) {
        state.recordCreateOutcome(externalId, "faulted")
      }
      if (blocking.kind === "hang") {
        server.hold(res, blocking.hang_ms)
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

  const server = await startHttpServer({
    port: options.port,
    host: options.host,
    handle,
    internalError: jsonError(500, MESSAGES.internalError),
    onClose: () => shutdown.abort(),
  })
  publicBaseUrl = (options.publicBaseUrl ?? server.url).replace(/\/+$/, "")

  return {
    url: server.url,
    apiKeys: state.startupKeys,
    adminSecret,
    close: () => server.close(),
  }
}
