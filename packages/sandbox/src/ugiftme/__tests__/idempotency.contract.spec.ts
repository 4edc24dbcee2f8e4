import { randomUUID } from "node:crypto"
import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { amazonUk, api, waitFor } from "./support/http"
import type { ErrorJson, OrderJson, OrderRequestJson } from "./support/shapes"
import { balanceOf } from "./support/shapes"

describe("UGiftMe sandbox: Idempotency-Key", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ initialBalance: 1000, processingDelayMs: 10 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  function order(idempotencyKey: string, body: unknown, apiKey = key) {
    return api<OrderJson>(sandbox.url, "POST", "/orders", {
      apiKey,
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    })
  }

  it("replays the first 201 for the same key and payload, debiting once", async () => {
    const idem = randomUUID()
    const first = await order(idem, amazonUk(40))
    const again = await order(idem, amazonUk(40))
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.json).toEqual(first.json)
    expect(again.headers.get("x-business-orders-async")).toBe("false")
    expect(await balanceOf(sandbox.url, key)).toMatchObject({ balance: 960 })
    const counters = await control.counters()
    expect(counters.ordersByIdempotencyKey[idem]).toBe(1)
    expect(counters.debits[key]).toEqual({ count: 1, totalsByCurrency: { GBP: 40 } })
  })

  it("treats the same JSON with keys in another order as the same payload", async () => {
    const idem = randomUUID()
    const first = await order(idem, {
      productCode: "AMAZON_UK_STD",
      merchant: "Amazon UK",
      currency: "GBP",
      valuePurchased: 15,
    })
    const reordered = await order(idem, {
      valuePurchased: 15,
      currency: "GBP",
      merchant: "Amazon UK",
      productCode: "AMAZON_UK_STD",
    })
    expect(reordered.status).toBe(201)
    expect(reordered.json._id).toBe(first.json._id)
  })

  it("400 for the same key with a different payload, and nothing is bought", async () => {
    const idem = randomUUID()
    await order(idem, amazonUk(40))
    const other = await api<ErrorJson>(sandbox.url, "POST", "/orders", {
      apiKey: key,
      body: amazonUk(41),
      headers: { "Idempotency-Key": idem },
    })
    expect(other.status).toBe(400)
    expect(other.json).toEqual({ error: expect.any(String), message: expect.any(String) })
    const bulk = await api<ErrorJson>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body: { orders: [amazonUk(40)] },
      headers: { "Idempotency-Key": idem },
    })
    expect(bulk.status).toBe(400)
    expect((await control.counters()).ordersCreated).toBe(1)
  })

  it("concurrent duplicates debit exactly once and all get the same order", async () => {
    // A slow supplier widens the window in which duplicates overlap.
    await control.setConfig({ orderLatencyMs: 30 })
    const idem = randomUUID()
    const answers = await Promise.all(Array.from({ length: 12 }, () => order(idem, amazonUk(25))))
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201))
    expect(new Set(answers.map((a) => a.json._id)).size).toBe(1)
    const counters = await control.counters()
    expect(counters.ordersCreated).toBe(1)
    expect(counters.debits[key].count).toBe(1)
    expect(await balanceOf(sandbox.url, key)).toMatchObject({ balance: 975 })
  })

  it("does not store refusals: after a 402 and a top-up, the same key buys", async () => {
    const account = await control.createAccount({ wallets: { GBP: 10 } })
    const idem = randomUUID()
    const refused = await order(idem, amazonUk(50), account.apiKey)
    expect(refused.status).toBe(402)
    await control.fundWallet(account.apiKey, "GBP", 100)
    const bought = await order(idem, amazonUk(50), account.apiKey)
    expect(bought.status).toBe(201)
    expect((await balanceOf(sandbox.url, account.apiKey)).balance).toBe(60)
  })

  it("scopes keys per account", async () => {
    const stranger = await control.createAccount()
    const idem = randomUUID()
    const mine = await order(idem, amazonUk(10))
    const theirs = await order(idem, amazonUk(10), stranger.apiKey)
    expect(theirs.status).toBe(201)
    expect(theirs.json._id).not.toBe(mine.json._id)
  })

  it("replays 202 with the same order request in async mode, creating one order", async () => {
    await control.setConfig({ asyncOrders: true })
    const idem = randomUUID()
    const [a, b] = await Promise.all([
      api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
        apiKey: key,
        body: amazonUk(20),
        headers: { "Idempotency-Key": idem },
      }),
      api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
        apiKey: key,
        body: amazonUk(20),
        headers: { "Idempotency-Key": idem },
      }),
    ])
    expect([a.status, b.status]).toEqual([202, 202])
    expect(b.json.orderRequestId).toBe(a.json.orderRequestId)
    await waitFor(async () => {
      const answer = await api<OrderRequestJson>(
        sandbox.url,
        "GET",
        `/orders/order-requests/${a.json.orderRequestId}`,
        { apiKey: key }
      )
      return answer.json.status === "succeeded"
    })
    expect((await control.counters()).ordersByIdempotencyKey[idem]).toBe(1)
  })

  it("replays bulk creations too", async () => {
    const idem = randomUUID()
    const body = { orders: [amazonUk(10), amazonUk(20)] }
    const headers = { "Idempotency-Key": idem }
    const first = await api<{ orders: OrderJson[] }>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body,
      headers,
    })
    const again = await api<{ orders: OrderJson[] }>(sandbox.url, "POST", "/orders/bulk", {
      apiKey: key,
      body,
      headers,
    })
    expect(again.status).toBe(201)
    expect(again.json).toEqual(first.json)
    expect((await control.counters()).ordersByIdempotencyKey[idem]).toBe(2)
    expect(await balanceOf(sandbox.url, key)).toMatchObject({ balance: 970 })
  })

  describe("strict readings (config.idempotency)", () => {
    it("replayFailures: a 402 is stored and replayed for the key, even after a top-up; a new key buys", async () => {
      await control.setConfig({ idempotency: { replayFailures: true } })
      const account = await control.createAccount({ wallets: { GBP: 10 } })
      const idem = randomUUID()
      expect((await order(idem, amazonUk(50), account.apiKey)).status).toBe(402)
      await control.fundWallet(account.apiKey, "GBP", 100)
      const replayed = await order(idem, amazonUk(50), account.apiKey)
      expect(replayed.status).toBe(402)
      expect(replayed.headers.get("idempotent-replayed")).toBe("true")
      expect((await order(randomUUID(), amazonUk(50), account.apiKey)).status).toBe(201)
      expect((await balanceOf(sandbox.url, account.apiKey)).balance).toBe(60)
    })

    it("conflictInFlight: a second request while the first is processed gets 409; the first buys once", async () => {
      await control.setConfig({ orderLatencyMs: 300, idempotency: { conflictInFlight: true } })
      const idem = randomUUID()
      const first = order(idem, amazonUk(25))
      await new Promise((resolve) => setTimeout(resolve, 100))
      const second = await order(idem, amazonUk(25))
      expect(second.status).toBe(409)
      expect(second.json).toEqual({ error: expect.any(String), message: expect.any(String) })
      expect((await first).status).toBe(201)
      const replay = await order(idem, amazonUk(25))
      expect(replay.status).toBe(201)
      expect(replay.json._id).toBe((await first).json._id)
      expect((await control.counters()).ordersByIdempotencyKey[idem]).toBe(1)
    })

    it("keyTtlSeconds: after the lifetime the same key buys again", async () => {
      await control.setConfig({ idempotency: { keyTtlSeconds: 1 } })
      const idem = randomUUID()
      const first = await order(idem, amazonUk(10))
      expect((await order(idem, amazonUk(10))).json._id).toBe(first.json._id)
      await new Promise((resolve) => setTimeout(resolve, 1_100))
      const after = await order(idem, amazonUk(10))
      expect(after.status).toBe(201)
      expect(after.json._id).not.toBe(first.json._id)
      expect((await control.counters()).ordersByIdempotencyKey[idem]).toBe(2)
    })

    it("refuses a malformed idempotency setting", async () => {
      const answer = await fetch(`${sandbox.url}/__sandbox/ugiftme/config`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ idempotency: { keyTtlSeconds: -1 } }),
      })
      expect(answer.status).toBe(400)
    })
  })
})
