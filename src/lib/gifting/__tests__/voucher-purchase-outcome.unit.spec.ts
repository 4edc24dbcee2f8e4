import { MedusaError } from "@medusajs/framework/utils"
import {
  UgiftmeInProgressError,
  UgiftmeInsufficientFundsError,
  UgiftmeNotFoundError,
  UgiftmeRateLimitedError,
  UgiftmeResponseError,
  UgiftmeUnavailableError,
  UgiftmeValidationError,
} from "../../ugiftme"
import { outcomeOfPurchase, outcomeOfPurchaseError, stopsThePurchaseRun } from "../voucher-purchase-outcome"

describe("outcomeOfPurchase", () => {
  it("keeps the id of a created order and nothing else (never the voucher code)", () => {
    const outcome = outcomeOfPurchase({
      kind: "created",
      order: {
        _id: "65f1",
        productCode: "AMAZON_UK_STD",
        currency: "GBP",
        valuePurchased: 25,
        merchant: {
          name: "Amazon UK",
          voucherCode: "SECRET-CODE-1234",
          redemptionUrl: "https://r.example/x",
        },
      },
    })

    expect(outcome).toEqual({ kind: "succeeded", ugiftme_order_id: "65f1" })
    expect(JSON.stringify(outcome)).not.toContain("SECRET")
  })

  it("tracks a 202 as accepted with its order request", () => {
    expect(outcomeOfPurchase({ kind: "queued", orderRequestId: "req_1", status: "queued" })).toEqual({
      kind: "accepted",
      order_request_id: "req_1",
      status: "queued",
    })
  })
})

describe("outcomeOfPurchaseError", () => {
  it("turns a 402 into a refusal stating required, available and currency", () => {
    const outcome = outcomeOfPurchaseError(
      new UgiftmeInsufficientFundsError({ message: "402", required: 50, available: 10.5, currency: "GBP" }),
      "GBP"
    )

    expect(outcome).toEqual({
      kind: "refused",
      error:
        "UGiftMe wallet balance too low: required 50 GBP, available 10.5 GBP. " +
        "Fund the GBP wallet in the UGiftMe dashboard, then retry the voucher.",
    })
  })

  it("uses the voucher's currency when the 402 body has none", () => {
    const outcome = outcomeOfPurchaseError(
      new UgiftmeInsufficientFundsError({ message: "402", required: 50 }),
      "EUR"
    )

    expect(outcome).toMatchObject({
      kind: "refused",
      error: expect.stringContaining("required 50 EUR, available ? EUR"),
    })
  })

  it("treats lost answers as unknown (re-sent with the same key) and stops the run", () => {
    const unavailable = outcomeOfPurchaseError(
      new UgiftmeUnavailableError({ message: "timeout", timedOut: true }),
      "GBP"
    )
    const unreadable = outcomeOfPurchaseError(
      new UgiftmeResponseError({ message: "bad body", status: 201, issues: [] }),
      "GBP"
    )
    const limited = outcomeOfPurchaseError(
      new UgiftmeRateLimitedError({ message: "429", retryAfterMs: 7000 }),
      "GBP"
    )

    expect(unavailable.kind).toBe("unknown")
    expect(unreadable.kind).toBe("unknown")
    expect(limited).toEqual({ kind: "unknown", error: "429", retry_after_ms: 7000 })
    expect([unavailable, unreadable, limited].every(stopsThePurchaseRun)).toBe(true)
  })

  it("treats a 409 (a request with the key still in flight) as unknown, never a refusal", () => {
    const inFlight = outcomeOfPurchaseError(
      new UgiftmeInProgressError({ message: "UGiftMe POST /orders answered 409" }),
      "GBP"
    )

    expect(inFlight).toEqual({ kind: "unknown", error: expect.stringContaining("the outcome is unknown") })
    expect(stopsThePurchaseRun(inFlight)).toBe(true)
  })

  it("treats other partner answers and a missing configuration as refusals that do not stop the run", () => {
    const invalid = outcomeOfPurchaseError(new UgiftmeValidationError({ message: "bad value" }), "GBP")
    const unknownProduct = outcomeOfPurchaseError(
      new UgiftmeNotFoundError({ message: "Product not found" }),
      "GBP"
    )
    const notConfigured = outcomeOfPurchaseError(
      new MedusaError(MedusaError.Types.NOT_ALLOWED, "UGiftMe is not configured"),
      "GBP"
    )

    expect([invalid, unknownProduct, notConfigured].map((outcome) => outcome.kind)).toEqual([
      "refused",
      "refused",
      "refused",
    ])
    expect(stopsThePurchaseRun(invalid)).toBe(false)
  })

  it("rethrows programming errors instead of recording them", () => {
    expect(() => outcomeOfPurchaseError(new TypeError("boom"), "GBP")).toThrow("boom")
  })
})
