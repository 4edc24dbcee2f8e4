import type { IncomingHttpHeaders } from "node:http"
import type { SandboxResponse } from "../common/http"
import type { RouteShape } from "../common/router"
import type { GiftyzetFaults } from "./faults"
import type { SandboxState } from "./state"
import type { RequestStats } from "./stats"

/** Everything a route handler may use. */
export type RequestContext = {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
  /** Values of `:name` segments in the matched route pattern. */
  params: Record<string, string>
  state: SandboxState
  faults: GiftyzetFaults
  stats: RequestStats
  /** Base used in `recipient_link` / `gift_link`, without trailing slash. */
  publicBaseUrl: string
  adminSecret: string
}

export type RouteHandler = (ctx: RequestContext) => SandboxResponse

/** A Giftyzet route: method, path pattern and handler. */
export type Route = RouteShape & { handler: RouteHandler }
