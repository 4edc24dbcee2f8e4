/**
 * Thrown when a partner request did not produce an HTTP response: the
 * connection failed, was reset, or the per-request timeout elapsed. The
 * request may or may not have reached the partner, so callers treat it as
 * "outcome unknown" and only retry where the contract makes that safe.
 */
export class PartnerNetworkError extends Error {
  readonly timedOut: boolean

  constructor(message: string, options: { timedOut: boolean; cause?: unknown }) {
    super(message, { cause: options.cause })
    this.name = "PartnerNetworkError"
    this.timedOut = options.timedOut
  }
}

export type TimedRequest = {
  url: string
  init: RequestInit
  timeoutMs: number
}

/**
 * Native `fetch` with a hard per-request deadline covering headers *and* body,
 * that never follows a redirect.
 * Returns the response and its body text; the body is read inside the
 * deadline so a partner that stalls mid-body cannot hang the caller.
 */
export async function fetchWithTimeout({
  url,
  init,
  timeoutMs,
}: TimedRequest): Promise<{ response: Response; text: string }> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    // Redirects are never followed: one would carry the partner's API key
    // header to wherever it points. A 3xx is returned to the caller as is.
    const response = await fetch(url, { ...init, redirect: "manual", signal: controller.signal })
    const text = await response.text()
    return { response, text }
  } catch (error) {
    const timedOut = controller.signal.aborted
    const what = timedOut ? `timed out after ${timeoutMs} ms` : "failed"
    // The URL is logged without query string: partners put nothing secret in
    // paths, but query strings are the caller's business.
    const target = url.split("?")[0]
    throw new PartnerNetworkError(`Request to ${target} ${what}`, { timedOut, cause: error })
  } finally {
    clearTimeout(timer)
  }
}

/** Parses a body as JSON, returning `undefined` for empty or non-JSON bodies. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") {
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
