import type { IncomingMessage, ServerResponse } from "node:http"

/**
 * An answer ready to write. Handlers may return one instead of writing to the
 * socket, so the server can still replace it (faults after commit).
 */
export type SandboxResponse = {
  status: number
  headers: Record<string, string>
  body: string
}

const JSON_TYPE = "application/json; charset=utf-8"

/** A JSON answer; an `undefined` payload is an empty body. */
export function json(
  status: number,
  payload: unknown,
  headers: Record<string, string> = {}
): SandboxResponse {
  return {
    status,
    headers: { "content-type": JSON_TYPE, ...headers },
    body: payload === undefined ? "" : JSON.stringify(payload),
  }
}

/** Writes an answer to the socket, unless one was written already or the socket is gone. */
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

/** Largest request body either sandbox accepts (1 MB). */
const MAX_BODY_BYTES = 1_000_000

/**
 * Reads the whole request body, or `undefined` when it exceeds `limit`: the
 * rest is read and dropped, so the 413 can be sent on a drained request.
 */
export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => resolve(size > limit ? undefined : Buffer.concat(chunks)))
    req.on("error", reject)
  })
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
