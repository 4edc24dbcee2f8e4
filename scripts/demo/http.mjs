// Tiny JSON-over-HTTP helpers for the demo: it talks to the store as a
// storefront and an admin would, over the Store and Admin APIs.

export class HttpError extends Error {
  constructor(method, url, status, body) {
    super(`${method} ${url} answered ${status}: ${typeof body === "string" ? body : JSON.stringify(body)}`)
    this.status = status
    this.body = body
  }
}

/** How long a request waits for a store that refuses connections (restarting). */
const RESTART_GRACE_MS = 90_000

/**
 * `fetch`, tried again while the server refuses the connection (the request
 * never reached it, so trying again is safe even for a POST).
 */
async function fetchThroughRestarts(url, init) {
  const deadline = Date.now() + RESTART_GRACE_MS
  for (;;) {
    try {
      return await fetch(url, init)
    } catch (error) {
      const codes = [error?.cause?.code, ...(error?.cause?.errors ?? []).map((inner) => inner.code)]
      if (!codes.includes("ECONNREFUSED") || Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

export function client(baseUrl, defaultHeaders = {}) {
  async function request(method, path, body, headers = {}) {
    const response = await fetchThroughRestarts(`${baseUrl}${path}`, {
      method,
      headers: {
        ...defaultHeaders,
        ...headers,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    let parsed = text
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      // not JSON
    }
    if (!response.ok) throw new HttpError(method, path, response.status, parsed)
    return parsed
  }
  return {
    get: (path, headers) => request("GET", path, undefined, headers),
    post: (path, body = {}, headers) => request("POST", path, body, headers),
  }
}

/** True for a request that reached no server (`fetch` rejects with a TypeError). */
function isConnectionError(error) {
  return error instanceof TypeError && error.message === "fetch failed"
}

/**
 * Polls `check` until it returns a truthy value. A request that finds no
 * server counts as "not yet": `medusa develop` restarts the store whenever a
 * file of the project changes.
 */
export async function waitFor(check, { timeoutMs, intervalMs = 1000, what }) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check().catch((error) => {
      if (isConnectionError(error) && Date.now() <= deadline) return null
      throw error
    })
    if (value) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
