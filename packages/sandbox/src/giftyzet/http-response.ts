import { isPlainObject, json, type SandboxResponse } from "../common/http"

/** Giftyzet's error body: `{ "error": message }`. */
export function jsonError(status: number, message: string): SandboxResponse {
  return json(status, { error: message })
}

/**
 * An HTML answer with headers suited to a page carrying a secret token in
 * its URL: no referrer, no framing, no scripts.
 */
export function html(status: number, body: string): SandboxResponse {
  return {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    body,
  }
}

/** Answer for a method the path does not support. */
export function methodNotAllowed(allowed: string[]): SandboxResponse {
  return { status: 405, headers: { allow: allowed.join(", ") }, body: "" }
}

/** Parses a JSON object body; anything else becomes `{}` as Giftyzet does. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text)
    if (isPlainObject(value)) {
      return value
    }
  } catch {
    // fall through: invalid JSON is treated as an empty body
  }
  return {}
}
