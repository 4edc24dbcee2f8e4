import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { api } from "./support/http"
import type { ErrorJson } from "./support/shapes"

describe("UGiftMe sandbox: rate limits", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox()
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  it("answers 429 with retry-after and RateLimit headers once the window is used up", async () => {
    await control.setRateLimits({ products: { limit: 2, windowMs: 60_000 } })
    const before = Math.floor(Date.now() / 1000)
    const first = await api(sandbox.url, "GET", "/products", { apiKey: key })
    const second = await api(sandbox.url, "GET", "/products/filters", { apiKey: key })
    expect(first.headers.get("ratelimit-limit")).toBe("2")
    expect(first.headers.get("ratelimit-remaining")).toBe("1")
    expect(second.headers.get("ratelimit-remaining")).toBe("0")

    const refused = await api<ErrorJson>(sandbox.url, "GET", "/products", { apiKey: key })
    expect(refused.status).toBe(429)
    expect(refused.json).toEqual({ error: "Too many product access attempts, please try again later." })
    const retryAfter = Number(refused.headers.get("retry-after"))
    expect(Number.isInteger(retryAfter)).toBe(true)
    expect(retryAfter).toBeGreaterThanOrEqual(59)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(refused.headers.get("ratelimit-limit")).toBe("2")
    expect(refused.headers.get("ratelimit-remaining")).toBe("0")
    const reset = Number(refused.headers.get("ratelimit-reset"))
    expect(reset).toBeGreaterThanOrEqual(before + 59)
    expect(reset).toBeLessThanOrEqual(before + 61)
  })

  it("keeps limiters separate, each with its own message", async () => {
    await control.setRateLimits({
      products: { limit: 0, windowMs: 60_000 },
      wallet: { limit: 0, windowMs: 60_000 },
      webhooks: { limit: 0, windowMs: 60_000 },
      orders: { limit: 0, windowMs: 60_000 },
    })
    const expectations: [string, string][] = [
      ["/products", "Too many product access attempts, please try again later."],
      ["/wallet", "Too many sensitive operations, please try again later."],
      ["/webhooks", "Too many webhook configuration attempts, please try again later."],
      ["/orders", "Too many order requests, please try again later."],
    ]
    for (const [path, message] of expectations) {
      const answer = await api<ErrorJson>(sandbox.url, "GET", path, { apiKey: key })
      expect(answer.status).toBe(429)
      expect(answer.json.error).toBe(message)
    }
    // /auth has no limiter.
    expect((await api(sandbox.url, "GET", "/auth", { apiKey: key })).status).toBe(200)
  })

  it("counts per API key and opens again when the window ends", async () => {
    await control.setRateLimits({ wallet: { limit: 1, windowMs: 150 } })
    const stranger = await control.createAccount()
    expect((await api(sandbox.url, "GET", "/wallet", { apiKey: key })).status).toBe(200)
    expect((await api(sandbox.url, "GET", "/wallet", { apiKey: key })).status).toBe(429)
    expect((await api(sandbox.url, "GET", "/wallet", { apiKey: stranger.apiKey })).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await api(sandbox.url, "GET", "/wallet", { apiKey: key })).status).toBe(200)
  })

  it("rejects invalid limiter settings", async () => {
    await expect(control.setRateLimits({ products: { limit: -1, windowMs: 10 } })).rejects.toThrow(/400/)
  })
})
