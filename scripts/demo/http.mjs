// Tiny JSON-over-HTTP helpers for the demo: it talks to the store as a
// storefront and an admin would, over the Store and Admin APIs.

export class HttpError extends Error {
  constructor(method, url, status, body) {
    super(`${method} ${url} answered ${status}: ${typeof body === "string" ? body : JSON.stringify(body)}`)
    this.status = status
    this.body = body
  }
}

export function client(baseUrl, defaultHeaders = {}) {
  async function request(method, path, body, headers = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
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

/** Polls `check` until it returns a truthy value; `onWait` is called between tries. */
export async function waitFor(check, { timeoutMs, intervalMs = 1000, what }) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline)
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
