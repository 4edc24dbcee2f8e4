import type { IncomingMessage, ServerResponse } from "node:http"

export const MAX_BODY_BYTES = 1_000_000

export class BodyTooLargeError extends Error {}

/** Reads the whole request body, refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(new BodyTooLargeError("body too large"))
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })
}

export type JsonParse = { ok: true; value: unknown } | { ok: false }

/** Empty bodies parse as `undefined`. */
export function parseJsonBuffer(buffer: Buffer): JsonParse {
  const text = buffer.toString("utf8")
  if (text.trim() === "") return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  if (res.headersSent || res.destroyed) return
  const payload = body === undefined ? "" : JSON.stringify(body)
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(payload)),
    ...headers,
  })
  res.end(payload)
}

/** First value of a header, trimmed; undefined when absent or blank. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  const trimmed = first?.trim()
  return trimmed ? trimmed : undefined
}

/** `page` ≥ 1 and 1 ≤ `limit` ≤ `maxLimit`; unreadable values fall back to the defaults. */
export function readPaging(
  query: URLSearchParams,
  defaults: { limit: number; maxLimit: number }
): { page: number; limit: number } {
  const page = Number.parseInt(query.get("page") ?? "", 10)
  const limit = Number.parseInt(query.get("limit") ?? "", 10)
  return {
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    limit: Number.isFinite(limit) && limit >= 1 ? Math.min(limit, defaults.maxLimit) : defaults.limit,
  }
}

export function paginate<T>(items: T[], page: number, limit: number): { slice: T[]; totalPages: number } {
  return {
    slice: items.slice((page - 1) * limit, page * limit),
    totalPages: Math.max(1, Math.ceil(items.length / limit)),
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
