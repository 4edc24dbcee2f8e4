import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { api } from "./support/http"

describe("UGiftMe sandbox: authentication and access", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ apiKeys: ["11111111-1111-4111-8111-111111111111"] })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  it("starts on a free loopback port with the given key", () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(sandbox.apiKeys).toEqual(["11111111-1111-4111-8111-111111111111"])
  })

  it("generates one UUID key when none is given", async () => {
    const other = await startUgiftmeSandbox()
    try {
      expect(other.apiKeys).toHaveLength(1)
      expect(other.apiKeys[0]).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      )
      expect((await api(other.url, "GET", "/auth", { apiKey: other.apiKeys[0] })).status).toBe(200)
    } finally {
      await other.close()
    }
  })

  it("GET /auth answers the verified account", async () => {
    const answer = await api(sandbox.url, "GET", "/auth", { apiKey: key })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: expect.any(String),
      email: expect.stringContaining("@"),
      plan: "business",
      verified: true,
      status: "verified",
    })
  })

  it("401 without a key and with an unknown or revoked key", async () => {
    const missing = await api(sandbox.url, "GET", "/auth")
    expect(missing.status).toBe(401)
    expect(missing.json).toEqual({ error: "Missing API key" })

    const unknown = await api(sandbox.url, "GET", "/products", {
      apiKey: "00000000-0000-4000-8000-000000000000",
    })
    expect(unknown.status).toBe(401)
    expect(unknown.json).toEqual({ error: "Invalid API key", reason: expect.any(String) })

    await control.updateAccount(key, { revoked: true })
    const revoked = await api(sandbox.url, "GET", "/auth", { apiKey: key })
    expect(revoked.status).toBe(401)
    expect(revoked.json).toEqual({ error: "Invalid API key", reason: "Key has been revoked" })
  })

  it("403 on /auth for an incomplete profile, with the missing fields", async () => {
    await control.updateAccount(key, { profileStatus: "incomplete" })
    const answer = await api(sandbox.url, "GET", "/auth", { apiKey: key })
    expect(answer.status).toBe(403)
    expect(answer.json).toEqual({
      error: "Incomplete business profile",
      status: "incomplete",
      missingFields: ["businessPhoneNumber", "registrationNumber"],
    })
  })

  it("403 on /auth while verification is pending", async () => {
    const account = await control.createAccount({ profileStatus: "pending" })
    const answer = await api(sandbox.url, "GET", "/auth", { apiKey: account.apiKey })
    expect(answer.status).toBe(403)
    expect(answer.json).toEqual({
      error: "Business verification pending",
      status: "pending",
      message: "Complete business verification process",
    })
  })

  it("403 from the IP allow list on every business route, until the caller is listed", async () => {
    await control.updateAccount(key, { ipAllowList: ["198.51.100.0/24"] })
    for (const path of ["/auth", "/products", "/wallet", "/orders", "/webhooks"]) {
      const answer = await api(sandbox.url, "GET", path, { apiKey: key })
      expect(answer.status).toBe(403)
      expect(answer.json).toEqual({
        error: "IP not whitelisted",
        ip: "127.0.0.1",
        whitelistedIps: ["198.51.100.0/24"],
      })
    }
    await control.updateAccount(key, { ipAllowList: ["198.51.100.0/24", "127.0.0.0/8"] })
    expect((await api(sandbox.url, "GET", "/products", { apiKey: key })).status).toBe(200)
  })

  it("404 with an error body for unknown routes, 400 for malformed JSON", async () => {
    const unknown = await api(sandbox.url, "GET", "/nope", { apiKey: key })
    expect(unknown.status).toBe(404)
    expect(unknown.json.error).toEqual(expect.any(String))

    const malformed = await api(sandbox.url, "POST", "/orders", {
      apiKey: key,
      rawBody: "{not json",
      headers: { "Content-Type": "application/json" },
    })
    expect(malformed.status).toBe(400)
    expect(malformed.json).toEqual({ error: "Invalid JSON", message: expect.any(String) })
  })
})
