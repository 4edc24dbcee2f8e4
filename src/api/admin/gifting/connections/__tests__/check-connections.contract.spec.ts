import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { GiftyzetClient } from "../../../../../lib/giftyzet"
import { UgiftmeClient } from "../../../../../lib/ugiftme"
import { startGiftyzetSandbox, type GiftyzetSandbox } from "@medusa-plugin-gifting/sandbox/giftyzet"
import {
  startUgiftmeSandbox,
  UgiftmeSandboxControl,
  type UgiftmeSandbox,
} from "@medusa-plugin-gifting/sandbox/ugiftme"
import { checkGiftyzet, checkUgiftme } from "../check-connections"

const GIFTYZET_KEY = `gfty_live_${"c4".repeat(24)}`
const UGIFTME_KEY = "9a3e2c1d-0b4f-4e6a-8c7d-5f1e2a3b4c5d"
const FAST = { maxRetries: 0, timeoutMs: 2_000 }

/** The settings page's key checks against the partner sandboxes. */
describe("partner connection checks", () => {
  let documented: GiftyzetSandbox
  let newer: GiftyzetSandbox
  let ugiftme: UgiftmeSandbox
  let silent: Server
  let silentUrl: string

  beforeAll(async () => {
    documented = await startGiftyzetSandbox({ apiKeys: [GIFTYZET_KEY] })
    newer = await startGiftyzetSandbox({ apiKeys: [GIFTYZET_KEY], generation: "newer" })
    ugiftme = await startUgiftmeSandbox({ apiKeys: [UGIFTME_KEY] })
    // Accepts connections and never answers.
    silent = createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    silent.closeAllConnections()
    await new Promise((resolve) => silent.close(resolve))
    await Promise.all([documented.close(), newer.close(), ugiftme.close()])
  })

  const giftyzetClient = (baseUrl: string, apiKey = GIFTYZET_KEY) =>
    new GiftyzetClient({ baseUrl, apiKey, ...FAST })
  const ugiftmeClient = (baseUrl: string, apiKey = UGIFTME_KEY) =>
    new UgiftmeClient({ baseUrl, apiKey, ...FAST })

  it("reports a partner without a key as not configured, without calling it", async () => {
    expect(await checkGiftyzet(null)).toEqual({
      state: "not_configured",
      integration_name: null,
      message: null,
    })
    expect(await checkUgiftme(null)).toEqual({
      state: "not_configured",
      account: null,
      profile_status: null,
      missing_fields: [],
      message: null,
    })
  })

  it("names the Giftyzet integration when the deployment validates the key", async () => {
    const result = await checkGiftyzet(giftyzetClient(newer.url))
    expect(result.state).toBe("connected")
    expect(result.integration_name).toEqual(expect.any(String))
  })

  it("calls the key unverifiable on a Giftyzet deployment without /validate", async () => {
    expect(await checkGiftyzet(giftyzetClient(documented.url))).toMatchObject({
      state: "unverifiable",
      integration_name: null,
    })
  })

  it("reports a Giftyzet key the deployment refuses, without echoing it", async () => {
    const wrongKey = `gfty_live_${"0d".repeat(24)}`
    const result = await checkGiftyzet(giftyzetClient(newer.url, wrongKey))
    expect(result.state).toBe("refused")
    expect(result.message).toEqual(expect.any(String))
    expect(JSON.stringify(result)).not.toContain(wrongKey)
  })

  it("shows the UGiftMe account and its verification", async () => {
    expect(await checkUgiftme(ugiftmeClient(ugiftme.url))).toMatchObject({
      state: "connected",
      account: { verified: true, email: expect.stringContaining("@") },
      message: null,
    })
  })

  it("says why UGiftMe refuses an incomplete business profile, with the missing fields", async () => {
    const key = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"
    await new UgiftmeSandboxControl(ugiftme.url).createAccount({
      apiKey: key,
      profileStatus: "incomplete",
      missingFields: ["companyName", "vatNumber"],
    })
    const result = await checkUgiftme(ugiftmeClient(ugiftme.url, key))
    expect(result).toMatchObject({
      state: "refused",
      account: null,
      profile_status: "incomplete",
      missing_fields: ["companyName", "vatNumber"],
      message: "Incomplete business profile",
    })
    expect(JSON.stringify(result)).not.toContain(key)
  })

  it("reports an unknown UGiftMe key as refused", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000"
    const result = await checkUgiftme(ugiftmeClient(ugiftme.url, unknown))
    expect(result.state).toBe("refused")
    expect(JSON.stringify(result)).not.toContain(unknown)
  })

  it("gives up on a partner that does not answer within the deadline", async () => {
    const started = Date.now()
    const [giftyzet, ugift] = await Promise.all([
      checkGiftyzet(new GiftyzetClient({ baseUrl: silentUrl, apiKey: GIFTYZET_KEY, maxRetries: 0 }), 300),
      checkUgiftme(new UgiftmeClient({ baseUrl: silentUrl, apiKey: UGIFTME_KEY, maxRetries: 0 }), 300),
    ])
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(giftyzet).toMatchObject({ state: "unreachable", message: "No answer within 300 ms" })
    expect(ugift).toMatchObject({ state: "unreachable", message: "No answer within 300 ms" })
  })
})
