import { seedCatalog, valueRuleViolation } from "../catalog"
import { canonicalJson, requestFingerprint } from "../idempotency"
import { isObjectId, objectId, voucherCode } from "../ids"
import { isIpAllowed, normalizeIp } from "../ip-allow-list"
import { fromMinor, hasAtMostTwoDecimals, toMinor } from "../money"
import { RateLimiter } from "../rate-limiter"

describe("money", () => {
  it("adds in minor units so float noise never leaks", () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(fromMinor(toMinor(0.1) + toMinor(0.2))).toBe(0.3)
    expect(fromMinor(toMinor(10.3) - toMinor(5.1) - toMinor(5.2))).toBe(0)
  })

  it("accepts at most two decimals", () => {
    expect(hasAtMostTwoDecimals(12.34)).toBe(true)
    expect(hasAtMostTwoDecimals(0.3)).toBe(true)
    expect(hasAtMostTwoDecimals(12.345)).toBe(false)
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false)
  })
})

describe("ids", () => {
  it("makes distinct 24-hex ids and grouped voucher codes", () => {
    const ids = new Set(Array.from({ length: 500 }, () => objectId()))
    expect(ids.size).toBe(500)
    expect([...ids].every(isObjectId)).toBe(true)
    expect(isObjectId("65b0d1e2f3a4b5678901234")).toBe(false)
    expect(isObjectId("zzb0d1e2f3a4b56789012345")).toBe(false)
    expect(voucherCode()).toMatch(/^([A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}$/)
  })
})

describe("IP allow list", () => {
  it("matches exact addresses and IPv4 ranges; empty allows everyone", () => {
    expect(isIpAllowed("203.0.113.10", [])).toBe(true)
    expect(isIpAllowed("198.51.100.77", ["198.51.100.0/24"])).toBe(true)
    expect(isIpAllowed("198.51.101.1", ["198.51.100.0/24"])).toBe(false)
    expect(isIpAllowed("127.0.0.1", ["10.0.0.1", "127.0.0.1"])).toBe(true)
    expect(isIpAllowed("10.1.2.3", ["0.0.0.0/0"])).toBe(true)
    expect(isIpAllowed("10.1.2.3", ["10.0.0.0/40"])).toBe(false)
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(normalizeIp("::1")).toBe("::1")
  })
})

describe("catalog value rules", () => {
  const catalog = seedCatalog(new Date("2025-01-01T00:00:00Z"))
  const product = (code: string) => {
    const found = catalog.find((p) => p.productCode === code)
    if (!found) throw new Error(`${code} is not seeded`)
    return found
  }
  const amazon = product("AMAZON_UK_STD")
  const argos = product("ARGOS_UK_FIXED")

  it("checks ranges and fixed denominations", () => {
    expect(valueRuleViolation(amazon, 5)).toBeUndefined()
    expect(valueRuleViolation(amazon, 500)).toBeUndefined()
    expect(valueRuleViolation(amazon, 4.99)).toMatch(/from 5 to 500/)
    expect(valueRuleViolation(argos, 25)).toBeUndefined()
    expect(valueRuleViolation(argos, 26)).toMatch(/fixed denominations/)
    expect(valueRuleViolation(argos, -10)).toMatch(/positive/)
  })
})

describe("idempotency fingerprints", () => {
  it("ignore key order and whitespace but not values or routes", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}')
    expect(requestFingerprint("POST /orders", { a: 1, b: 2 })).toBe(
      requestFingerprint("POST /orders", { b: 2, a: 1 })
    )
    expect(requestFingerprint("POST /orders", { a: 1 })).not.toBe(
      requestFingerprint("POST /orders", { a: 2 })
    )
    expect(requestFingerprint("POST /orders", { a: 1 })).not.toBe(
      requestFingerprint("POST /orders/bulk", { a: 1 })
    )
  })
})

describe("RateLimiter", () => {
  it("counts per window and subject, and sets the headers", () => {
    const limiter = new RateLimiter({ products: { limit: 2, windowMs: 1_000 } })
    const t0 = 1_700_000_000_000
    expect(limiter.hit("products", "k1", t0).headers["RateLimit-Remaining"]).toBe("1")
    expect(limiter.hit("products", "k1", t0 + 10).allowed).toBe(true)
    const refused = limiter.hit("products", "k1", t0 + 400)
    expect(refused.allowed).toBe(false)
    expect(refused.headers).toEqual({
      "RateLimit-Limit": "2",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": String(Math.ceil((t0 + 1_000) / 1000)),
      "Retry-After": "1",
    })
    expect(limiter.hit("products", "k2", t0 + 400).allowed).toBe(true)
    expect(limiter.hit("wallet", "k1", t0 + 400).allowed).toBe(true)
    expect(limiter.hit("products", "k1", t0 + 1_000).allowed).toBe(true)
  })
})
