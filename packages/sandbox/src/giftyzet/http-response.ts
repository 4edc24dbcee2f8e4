import type { IncomingMessage, ServerResponse } from "node:http"

/**
 * What a route answers. Handlers return this instead of writing to the
 * socket so the server can still replace it (fail-after-commit faults).
 */
export type SandboxResponse = {
  status: number
  headers: Record<string, string>
  body: string
}

const JSON_TYPE = "application/json; charset=utf-8"
const HTML_TYPE = "text/html; charset=utf-8"

/** A JSON answer. */
export function json(
  status: number,
  payload: unknown,
  headers: Record<string, string> = {}
): SandboxResponse {
  return { status, headers: { "content-type": JSON_TYPE, ...headers }, body: JSON.stringify(payload) }
}

/** The partner's error body: `{ "error": message }`. */
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
      "content-type": HTML_TYPE,
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

/** Writes a response descriptor to the socket. */
export function writeResponse(res: ServerResponse, response: SandboxResponse): void {
  if (res.headersSent || res.destroyed) {
    return
  }
  res.writeHead(response.status, {
    ...response.headers,
    "content-length": String(Buffer.byteLength(response.body)),
  })
  res.end(response.body)
}

/** Largest request body the sandbox accepts. */
export const MAX_BODY_BYTES = 1_000_000

/** Reads the whole request body, or `undefined` when it exceeds the limit. */
export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
        return
      }
      if (!tooLarge) {
        chunks.push(chunk)
      }
    })
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

/** Parses a JSON object body; anything else becomes `{}` as the partner does. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text)
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // fall through: invalid JSON is treated as an empty body
  }
  return {}
}
