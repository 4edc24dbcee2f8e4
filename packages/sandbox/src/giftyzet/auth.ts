import { hasNewerApi } from "./generation"
import { timingSafeEqual } from "node:crypto"
import type { IncomingHttpHeaders } from "node:http"
import type { RequestContext } from "./context"
import { type SandboxResponse } from "../common/http"
import { jsonError } from "./http-response"
import { MESSAGES, NEWER_MESSAGES } from "./messages"
import type { StoredIntegration } from "./types"

export type AuthResult = { integration: StoredIntegration } | { response: SandboxResponse }

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  // Node lower-cases incoming header names, so `X-API-Key`, `x-api-key` and
  // `X-Api-Key` all arrive here as `x-api-key`.
  const value = headers[name]
  const first = Array.isArray(value) ? value[0] : value
  const trimmed = first?.trim()
  return trimmed ? trimmed : undefined
}

function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headerValue(headers, "authorization")
  const match = authorization?.match(/^Bearer\s+(.+)$/i)
  return match?.[1]?.trim() || undefined
}

/**
 * Finds the integration of the request's API key. The documented
 * generation reads only `X-API-Key`; the newer one also accepts
 * `Authorization: Bearer <key>` and words its 401s differently.
 */
export function authenticate(ctx: RequestContext): AuthResult {
  const fromHeader = headerValue(ctx.headers, "x-api-key")
  if (!hasNewerApi(ctx.state.config)) {
    const integration = fromHeader ? ctx.state.findIntegrationByKey(fromHeader) : undefined
    return integration ? { integration } : { response: jsonError(401, MESSAGES.unauthorized) }
  }
  const key = fromHeader ?? bearerToken(ctx.headers)
  if (!key) {
    return { response: jsonError(401, NEWER_MESSAGES.missingKey) }
  }
  const integration = ctx.state.findIntegrationByKey(key)
  return integration ? { integration } : { response: jsonError(401, NEWER_MESSAGES.invalidKey(key.length)) }
}

/** Checks `Authorization: Bearer <adminSecret>` for the admin integration endpoints (`/api/admin/plugin-integrations`). */
export function isAdmin(ctx: RequestContext): boolean {
  const token = bearerToken(ctx.headers)
  if (!token) {
    return false
  }
  const given = Buffer.from(token)
  const expected = Buffer.from(ctx.adminSecret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
