import type { IncomingHttpHeaders } from "node:http"
import type { SandboxCore } from "../core"
import type { Account, HandlerResult, LimiterName } from "../types"

/** Context of an authenticated `/api/v1/business` request. */
export type ApiContext = {
  core: SandboxCore
  account: Account
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  headers: IncomingHttpHeaders
  ip: string
}

export type ApiRoute = {
  method: "GET" | "POST" | "PATCH" | "DELETE"
  /** Relative to `/api/v1/business`. */
  path: string
  limiter?: LimiterName
  handler: (ctx: ApiContext) => HandlerResult | Promise<HandlerResult>
}

/** Context of a `/__sandbox/ugiftme` control request (no API key). */
export type ControlContext = {
  core: SandboxCore
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
}

export type ControlRoute = {
  method: "GET" | "POST" | "PATCH" | "DELETE"
  /** Relative to `/__sandbox/ugiftme`. */
  path: string
  handler: (ctx: ControlContext) => HandlerResult | Promise<HandlerResult>
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): HandlerResult {
  return { status, body, ...(headers ? { headers } : {}) }
}

export function fail(status: number, error: string, extra: Record<string, unknown> = {}): HandlerResult {
  return { status, body: { error, ...extra } }
}
