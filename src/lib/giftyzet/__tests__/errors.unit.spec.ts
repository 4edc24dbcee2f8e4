import {
  GiftyzetAuthError,
  GiftyzetConflictError,
  GiftyzetGoneError,
  GiftyzetNotFoundError,
  GiftyzetResponseError,
  GiftyzetUnavailableError,
  GiftyzetValidationError,
  isGiftyzetError,
  safePartnerText,
} from "../errors"

describe("Giftyzet errors", () => {
  it.each([
    [
      new GiftyzetValidationError({ status: 400, partnerMessage: "items must be a non-empty array" }),
      "validation",
      400,
      false,
    ],
    [new GiftyzetAuthError({ status: 401 }), "auth", 401, false],
    [new GiftyzetNotFoundError({ status: 404 }), "not_found", 404, false],
    [new GiftyzetConflictError({ status: 409, afterRetry: false }), "conflict", 409, false],
    [new GiftyzetGoneError({ status: 410 }), "gone", 410, false],
    [new GiftyzetUnavailableError({ status: 503, retryAfterMs: 2000 }), "unavailable", 503, true],
    [
      new GiftyzetResponseError({ status: 200, issues: ["order_id: bad"], what: "answer" }),
      "response",
      200,
      false,
    ],
  ])("%s has kind %s, status %s, retryable %s", (error, kind, status, retryable) => {
    expect(error).toBeInstanceOf(Error)
    expect(isGiftyzetError(error)).toBe(true)
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.retryable).toBe(retryable)
    expect(error.name).toBe(error.constructor.name)
  })

  it("puts the partner's message in the error message", () => {
    const error = new GiftyzetValidationError({
      status: 400,
      partnerMessage: "items must be a non-empty array",
    })
    expect(error.message).toBe("Giftyzet rejected the request (HTTP 400): items must be a non-empty array")
    expect(error.partnerMessage).toBe("items must be a non-empty array")
  })

  it("describes a network failure and keeps retry-after", () => {
    const timeout = new GiftyzetUnavailableError({ status: null, timedOut: true })
    expect(timeout.message).toBe("Giftyzet did not answer (timed out)")
    expect(new GiftyzetUnavailableError({ status: 429, retryAfterMs: 1500 }).retryAfterMs).toBe(1500)
    expect(isGiftyzetError(new Error("x"))).toBe(false)
  })
})

describe("safePartnerText", () => {
  it("redacts every occurrence of a secret", () => {
    const key = "gfty_live_0123456789abcdef0123456789abcdef0123456789abcdef"
    expect(safePartnerText(`Key ${key} is inactive (${key})`, [key])).toBe(
      "Key [redacted] is inactive ([redacted])"
    )
  })

  it("collapses whitespace and shortens long texts", () => {
    const text = safePartnerText(`a\n\n b ${"x".repeat(400)}`, [])
    expect(text.startsWith("a b x")).toBe(true)
    expect(text.length).toBe(301)
    expect(text.endsWith("…")).toBe(true)
  })

  it("ignores empty secrets", () => {
    expect(safePartnerText("plain", [""])).toBe("plain")
  })
})
