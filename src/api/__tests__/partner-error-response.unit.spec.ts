import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, serializeError } from "@medusajs/framework/utils"
import {
  GiftyzetAuthError,
  GiftyzetConflictError,
  GiftyzetNotFoundError,
  GiftyzetUnavailableError,
  GiftyzetValidationError,
} from "../../lib/giftyzet"
import {
  UgiftmeAuthError,
  UgiftmeForbiddenError,
  UgiftmeInsufficientFundsError,
  UgiftmeNotFoundError,
  UgiftmeRateLimitedError,
  UgiftmeResponseError,
  UgiftmeUnavailableError,
  UgiftmeValidationError,
} from "../../lib/ugiftme"
import { giftingErrorHandler } from "../gifting-error-handler"
import { partnerErrorResponse } from "../partner-error-response"

describe("partnerErrorResponse", () => {
  it.each([
    [new UgiftmeRateLimitedError({ message: "slow down", retryAfterMs: 1500 }), 429, "ugiftme_rate_limited"],
    [new UgiftmeNotFoundError({ message: "no such product" }), 404, "not_found"],
    [new UgiftmeValidationError({ message: "bad currency" }), 400, "invalid_data"],
    [new UgiftmeAuthError({ message: "bad key" }), 502, "ugiftme_refused_key"],
    [new UgiftmeForbiddenError({ message: "ip", reason: "IP not whitelisted" }), 502, "ugiftme_refused_key"],
    [new UgiftmeUnavailableError({ message: "down", status: 503 }), 502, "ugiftme_unavailable"],
    [new UgiftmeInsufficientFundsError({ message: "poor" }), 502, "ugiftme_unavailable"],
    [new UgiftmeResponseError({ message: "odd", status: 200, issues: [] }), 502, "ugiftme_unavailable"],
    [new GiftyzetNotFoundError({ status: 404 }), 404, "not_found"],
    [new GiftyzetValidationError({ status: 400 }), 400, "invalid_data"],
    [new GiftyzetAuthError({ status: 401 }), 502, "giftyzet_refused_key"],
    [new GiftyzetUnavailableError({ status: null, timedOut: true }), 502, "giftyzet_unavailable"],
    [new GiftyzetConflictError({ status: 409, afterRetry: false }), 502, "giftyzet_unavailable"],
  ])("answers %s with %s %s and the client's message", (error, status, type) => {
    expect(partnerErrorResponse(error)).toEqual({
      status,
      body: expect.objectContaining({ type, message: error.message }),
    })
  })

  it("tells how long to wait when UGiftMe throttles, and null when it did not say", () => {
    expect(
      partnerErrorResponse(new UgiftmeRateLimitedError({ message: "slow", retryAfterMs: 1500 }))?.body
    ).toEqual({ type: "ugiftme_rate_limited", message: "slow", retry_after_ms: 1500 })
    expect(
      partnerErrorResponse(new UgiftmeRateLimitedError({ message: "slow" }))?.body.retry_after_ms
    ).toBeNull()
  })

  it("reads the plain copy of a partner error that a workflow run throws", () => {
    const copy = serializeError(new UgiftmeRateLimitedError({ message: "slow", retryAfterMs: 900 }))
    expect(copy).not.toBeInstanceOf(Error)
    expect(partnerErrorResponse(copy)).toEqual({
      status: 429,
      body: { type: "ugiftme_rate_limited", message: "slow", retry_after_ms: 900 },
    })
    expect(partnerErrorResponse(serializeError(new GiftyzetAuthError({ status: 403 })))?.status).toBe(502)
  })

  it("leaves every other error to Medusa", () => {
    expect(partnerErrorResponse(new MedusaError(MedusaError.Types.NOT_FOUND, "nope"))).toBeUndefined()
    expect(partnerErrorResponse(new Error("boom"))).toBeUndefined()
    expect(partnerErrorResponse({ name: "UgiftmeAuthError", message: "no kind" })).toBeUndefined()
    expect(
      partnerErrorResponse({ name: "OtherError", partner: "ugiftme", kind: "auth", message: "x" })
    ).toBeUndefined()
    expect(partnerErrorResponse("text")).toBeUndefined()
  })
})

describe("giftingErrorHandler", () => {
  function fakeResponse() {
    const sent: { status?: number; body?: unknown } = {}
    const res = {
      status(code: number) {
        sent.status = code
        return res
      },
      json(body: unknown) {
        sent.body = body
        return res
      },
    }
    return { res: res as unknown as MedusaResponse, sent }
  }
  const warnings: string[] = []
  const req = {
    method: "GET",
    path: "/admin/gifting/ugiftme/wallet",
    scope: { resolve: () => ({ warn: (line: string) => warnings.push(line) }) },
  } as unknown as MedusaRequest
  const next: MedusaNextFunction = () => undefined

  it("answers a partner error itself and logs one line", () => {
    const fallback = jest.fn()
    const { res, sent } = fakeResponse()
    giftingErrorHandler(fallback)(
      new UgiftmeAuthError({ message: "UGiftMe GET /wallet answered 401" }),
      req,
      res,
      next
    )
    expect(fallback).not.toHaveBeenCalled()
    expect(sent).toEqual({
      status: 502,
      body: { type: "ugiftme_refused_key", message: "UGiftMe GET /wallet answered 401" },
    })
    expect(warnings).toEqual([
      "gifting: GET /admin/gifting/ugiftme/wallet answered 502: UGiftMe GET /wallet answered 401",
    ])
  })

  it("hands any other error to Medusa's handler unchanged", () => {
    const fallback = jest.fn()
    const { res, sent } = fakeResponse()
    const error = new MedusaError(MedusaError.Types.INVALID_DATA, "bad")
    giftingErrorHandler(fallback)(error, req, res, next)
    expect(fallback).toHaveBeenCalledWith(error, req, res, next)
    expect(sent).toEqual({})
  })
})
