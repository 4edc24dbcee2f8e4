import { UgiftmeSandboxControl, startUgiftmeSandbox } from ".."
import type { UgiftmeSandbox } from ".."
import { amazonUk, api, isSignedWith, startWebhookReceiver, waitFor } from "./support/http"
import type { WebhookReceiver } from "./support/http"
import type { ErrorJson, WebhookJson } from "./support/shapes"

const ALL_EVENTS = [
  "order.queued",
  "order.processing",
  "order.succeeded",
  "order.failed",
  "product.updated",
  "wallet.updated",
]

type Created = { id: string; url: string; events: string[]; secret: string }

describe("UGiftMe sandbox: webhooks", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let receiver: WebhookReceiver
  let key: string

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({
      processingDelayMs: 10,
      webhookTimeScale: 0.0001,
      initialBalance: 200,
    })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
  })
  beforeEach(async () => {
    receiver = await startWebhookReceiver()
  })
  afterEach(async () => {
    await control.reset()
    await receiver.close()
  })
  afterAll(() => sandbox.close())

  function subscribe(events: string[] = ALL_EVENTS, apiKey = key, url = receiver.url) {
    return api<Created>(sandbox.url, "POST", "/webhooks", {
      apiKey,
      body: { url, events, description: "test hook" },
    })
  }

  /** Asserts the delivery is correctly signed with `secret` and returns its event name. */
  function checkSigned(index: number, secret: string): string {
    const delivery = receiver.received[index]
    expect(delivery.headers["content-type"]).toBe("application/json")
    const signature = delivery.headers["x-webhook-signature"]
    expect(typeof signature).toBe("string")
    expect(isSignedWith(delivery.rawBody, signature as string, secret)).toBe(true)
    expect(isSignedWith(delivery.rawBody, signature as string, "another-secret")).toBe(false)
    return String(delivery.headers["x-webhook-event"])
  }

  describe("subscriptions", () => {
    it("creates a subscription and shows the secret only once", async () => {
      const created = await subscribe(["order.succeeded", "wallet.updated"])
      expect(created.status).toBe(201)
      expect(created.json).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        url: receiver.url,
        events: ["order.succeeded", "wallet.updated"],
        secret: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
      const list = await api<{ webhooks: (WebhookJson & { secret?: string })[] }>(
        sandbox.url,
        "GET",
        "/webhooks",
        { apiKey: key }
      )
      expect(list.status).toBe(200)
      expect(list.json.webhooks).toEqual([
        expect.objectContaining({
          _id: created.json.id,
          url: receiver.url,
          events: ["order.succeeded", "wallet.updated"],
          description: "test hook",
          isActive: true,
          lastUsed: null,
          deliveryStats: { success: 0, failed: 0 },
        }),
      ])
      expect(JSON.stringify(list.json)).not.toContain(created.json.secret)
    })

    it("400 with validEvents for unknown or empty event lists; 400 for a bad URL", async () => {
      const unknown = await subscribe(["order.succeeded", "order.exploded"])
      expect(unknown.status).toBe(400)
      expect(unknown.json).toMatchObject({ error: expect.any(String), validEvents: ALL_EVENTS })
      const empty = await subscribe([])
      expect(empty.status).toBe(400)
      expect(empty.json).toMatchObject({ validEvents: ALL_EVENTS })
      const badUrl = await subscribe(ALL_EVENTS, key, "ftp://example.com/x")
      expect(badUrl.status).toBe(400)
    })

    it("400 for a plain-http URL to a public host, on create and on PATCH (UGiftMe delivers over HTTPS)", async () => {
      const before = await api<{ webhooks: WebhookJson[] }>(sandbox.url, "GET", "/webhooks", { apiKey: key })
      const plain = await subscribe(ALL_EVENTS, key, "http://shop.example/hooks/gifting/ugiftme")
      expect(plain.status).toBe(400)
      expect(plain.json).toEqual({
        error: "Invalid webhook URL",
        message: "url must use https (plain http is allowed only for loopback and private hosts)",
      })
      const after = await api<{ webhooks: WebhookJson[] }>(sandbox.url, "GET", "/webhooks", { apiKey: key })
      expect(after.json.webhooks).toHaveLength(before.json.webhooks.length)

      const secure = await subscribe(ALL_EVENTS, key, "https://shop.example/hooks/gifting/ugiftme")
      expect(secure.status).toBe(201)
      const patched = await api<ErrorJson>(sandbox.url, "PATCH", `/webhooks/${secure.json.id}`, {
        apiKey: key,
        body: { url: "http://shop.example/hooks/gifting/ugiftme" },
      })
      expect(patched.status).toBe(400)
      // Loopback stays allowed: this suite's receiver is plain http on 127.0.0.1.
      expect((await subscribe()).status).toBe(201)
    })

    it("a lost-answer fault creates the subscription and drops the connection before the secret is sent", async () => {
      await control.loseNextAnswers(1, { method: "POST", path: "/webhooks" })
      await expect(subscribe()).rejects.toThrow()
      const list = await api<{ webhooks: WebhookJson[] }>(sandbox.url, "GET", "/webhooks", { apiKey: key })
      expect(list.json.webhooks.map((w) => w.url)).toEqual([receiver.url])
      expect((await subscribe()).status).toBe(201)
    })

    it("PATCH updates without a new secret; needs at least one field; non-empty events", async () => {
      const created = await subscribe(["order.succeeded"])
      const id = created.json.id
      const none = await api<ErrorJson>(sandbox.url, "PATCH", `/webhooks/${id}`, { apiKey: key, body: {} })
      expect(none.status).toBe(400)
      const empty = await api<ErrorJson>(sandbox.url, "PATCH", `/webhooks/${id}`, {
        apiKey: key,
        body: { events: [] },
      })
      expect(empty.status).toBe(400)
      expect(empty.json.validEvents).toEqual(ALL_EVENTS)

      const updated = await api<{ message: string; webhook: WebhookJson }>(
        sandbox.url,
        "PATCH",
        `/webhooks/${id}`,
        {
          apiKey: key,
          body: { events: ["order.succeeded", "wallet.updated"], isActive: false, url: `${receiver.url}/v2` },
        }
      )
      expect(updated.status).toBe(200)
      expect(updated.json.message).toBe("Webhook updated successfully")
      expect(updated.json.webhook).toMatchObject({
        _id: id,
        url: `${receiver.url}/v2`,
        events: ["order.succeeded", "wallet.updated"],
        isActive: false,
      })
      expect(JSON.stringify(updated.json)).not.toContain(created.json.secret)
    })

    it("403 on another account's subscription, 404 on unknown ones", async () => {
      const created = await subscribe()
      const stranger = await control.createAccount()
      const forbiddenPatch = await api<ErrorJson>(sandbox.url, "PATCH", `/webhooks/${created.json.id}`, {
        apiKey: stranger.apiKey,
        body: { isActive: false },
      })
      expect(forbiddenPatch.status).toBe(403)
      expect(forbiddenPatch.json).toEqual({ error: "You are forbidden from accessing this resource" })
      const forbiddenDelete = await api<ErrorJson>(sandbox.url, "DELETE", `/webhooks/${created.json.id}`, {
        apiKey: stranger.apiKey,
      })
      expect(forbiddenDelete.status).toBe(403)
      const theirList = await api<{ webhooks: WebhookJson[] }>(sandbox.url, "GET", "/webhooks", {
        apiKey: stranger.apiKey,
      })
      expect(theirList.json.webhooks).toEqual([])

      const unknown = await api<ErrorJson>(sandbox.url, "DELETE", "/webhooks/65d3f4a5b6c7d89012345678", {
        apiKey: key,
      })
      expect(unknown.status).toBe(404)
      expect(unknown.json).toEqual({ error: "Webhook not found" })

      const deleted = await api(sandbox.url, "DELETE", `/webhooks/${created.json.id}`, { apiKey: key })
      expect(deleted.status).toBe(200)
      const list = await api<{ webhooks: WebhookJson[] }>(sandbox.url, "GET", "/webhooks", { apiKey: key })
      expect(list.json.webhooks).toEqual([])
    })
  })

  describe("deliveries", () => {
    it("POST /webhooks/test sends a signed webhook.test delivery and reports the outcome", async () => {
      const created = await subscribe(["order.succeeded"])
      const answer = await api<{
        ok: boolean
        statusCode: number
        payload: Record<string, unknown>
        errorMessage?: string
      }>(sandbox.url, "POST", "/webhooks/test", { apiKey: key, body: { webhookId: created.json.id } })
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({
        ok: true,
        statusCode: 200,
        payload: {
          type: "webhook.test",
          sentAt: expect.any(String),
          data: { message: expect.any(String), exampleOrderId: expect.stringMatching(/^[0-9a-f]{24}$/) },
        },
      })
      expect(receiver.received).toHaveLength(1)
      expect(checkSigned(0, created.json.secret)).toBe("webhook.test")
      expect(receiver.received[0].headers["x-webhook-delivery"]).toBe("test")
      expect(receiver.received[0].json).toEqual(answer.json.payload)

      receiver.respond = () => 503
      const failing = await api<{ ok: boolean; statusCode: number; errorMessage?: string }>(
        sandbox.url,
        "POST",
        "/webhooks/test",
        {
          apiKey: key,
          body: { webhookId: created.json.id },
        }
      )
      expect(failing.json).toMatchObject({ ok: false, statusCode: 503, errorMessage: expect.any(String) })
      // Test deliveries are not retried.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(receiver.received).toHaveLength(2)

      const stranger = await control.createAccount()
      const forbidden = await api(sandbox.url, "POST", "/webhooks/test", {
        apiKey: stranger.apiKey,
        body: { webhookId: created.json.id },
      })
      expect(forbidden.status).toBe(403)
      const missing = await api(sandbox.url, "POST", "/webhooks/test", { apiKey: key, body: {} })
      expect(missing.status).toBe(400)
    })

    it("async orders emit order.queued, order.processing, order.succeeded and wallet.updated", async () => {
      const created = await subscribe()
      await control.setConfig({ asyncOrders: true })
      const accepted = await api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
        apiKey: key,
        body: amazonUk(30),
      })
      await waitFor(() => receiver.received.length >= 4)
      await new Promise((resolve) => setTimeout(resolve, 30))
      const events = receiver.received.map((_, i) => checkSigned(i, created.json.secret))
      expect(events.sort()).toEqual(["order.processing", "order.queued", "order.succeeded", "wallet.updated"])
      const byEvent = (name: string) =>
        receiver.received.find((d) => d.headers["x-webhook-event"] === name)?.json
      expect(byEvent("order.queued")).toEqual({
        orderRequestId: accepted.json.orderRequestId,
        status: "queued",
        type: "single",
        timestamp: expect.any(String),
      })
      expect(byEvent("order.processing")).toMatchObject({
        orderRequestId: accepted.json.orderRequestId,
        status: "processing",
      })
      expect(byEvent("order.succeeded")).toEqual({
        orderRequestId: accepted.json.orderRequestId,
        status: "succeeded",
        type: "single",
        result: expect.objectContaining({ orderId: expect.stringMatching(/^[0-9a-f]{24}$/) }),
        timestamp: expect.any(String),
      })
      // Ids and a summary only: never the voucher code.
      expect(JSON.stringify(byEvent("order.succeeded"))).not.toMatch(/voucherCode/)
      expect(byEvent("wallet.updated")).toEqual({
        userId: expect.any(String),
        currency: "GBP",
        balance: 170,
        availableBalance: 170,
        source: "order",
        timestamp: expect.any(String),
        transaction: { type: "debit", amount: 30, orderId: expect.any(String), details: expect.any(String) },
      })
      expect(receiver.received.every((d) => d.headers["x-webhook-delivery"] === undefined)).toBe(true)
    })

    it("a synchronous 201 emits wallet.updated but no order events", async () => {
      await subscribe()
      expect((await api(sandbox.url, "POST", "/orders", { apiKey: key, body: amazonUk(10) })).status).toBe(
        201
      )
      await waitFor(() => receiver.received.length >= 1)
      await new Promise((resolve) => setTimeout(resolve, 40))
      expect(receiver.received.map((d) => d.headers["x-webhook-event"])).toEqual(["wallet.updated"])
    })

    it("order.failed carries the failure reason", async () => {
      await subscribe(["order.failed"])
      await control.setConfig({ asyncOrders: true })
      await control.failNextOrders(1, {
        reason: "Insufficient available balance. Required: 50, Available: 10 GBP",
      })
      const accepted = await api<{ orderRequestId: string }>(sandbox.url, "POST", "/orders", {
        apiKey: key,
        body: amazonUk(50),
      })
      await waitFor(() => receiver.received.length >= 1)
      expect(receiver.received[0].headers["x-webhook-event"]).toBe("order.failed")
      expect(receiver.received[0].json).toEqual({
        orderRequestId: accepted.json.orderRequestId,
        status: "failed",
        type: "single",
        error: "Insufficient available balance. Required: 50, Available: 10 GBP",
        timestamp: expect.any(String),
      })
    })

    it("funding and catalog changes emit wallet.updated and product.updated (to every account)", async () => {
      const mine = await subscribe(["wallet.updated", "product.updated"])
      const stranger = await control.createAccount()
      const theirs = await subscribe(["product.updated"], stranger.apiKey)
      await control.fundWallet(key, "EUR", 5)
      await control.updateProduct("STEAM_US_FIXED", { denominations: [10, 20] })
      await waitFor(() => receiver.received.length >= 3)
      await new Promise((resolve) => setTimeout(resolve, 30))
      expect(receiver.received).toHaveLength(3)
      const wallet = receiver.received.find((d) => d.headers["x-webhook-event"] === "wallet.updated")
      expect(wallet?.json).toMatchObject({
        currency: "EUR",
        balance: 205,
        source: "funding",
        transaction: { type: "credit", amount: 5 },
      })
      const products = receiver.received.filter((d) => d.headers["x-webhook-event"] === "product.updated")
      expect(products).toHaveLength(2)
      expect(products[0].json).toMatchObject({ productCode: "STEAM_US_FIXED", denominations: [10, 20] })
      const secrets = [mine.json.secret, theirs.json.secret]
      for (const delivery of products) {
        const signature = String(delivery.headers["x-webhook-signature"])
        expect(secrets.filter((s) => isSignedWith(delivery.rawBody, signature, s))).toHaveLength(1)
      }
    })

    it("paused subscriptions receive nothing", async () => {
      const created = await subscribe(["wallet.updated"])
      await api(sandbox.url, "PATCH", `/webhooks/${created.json.id}`, {
        apiKey: key,
        body: { isActive: false },
      })
      await control.fundWallet(key, "GBP", 1)
      await new Promise((resolve) => setTimeout(resolve, 60))
      expect(receiver.received).toHaveLength(0)
    })

    it("retries a failed delivery on the scaled schedule with the same signed bytes", async () => {
      const created = await subscribe(["wallet.updated"])
      receiver.respond = (index) => (index < 2 ? 500 : 204)
      await control.fundWallet(key, "GBP", 1)
      await waitFor(() => receiver.received.length >= 3)
      const [first, second, third] = receiver.received
      expect(second.rawBody.equals(first.rawBody)).toBe(true)
      expect(third.rawBody.equals(first.rawBody)).toBe(true)
      expect(third.headers["x-webhook-signature"]).toBe(first.headers["x-webhook-signature"])
      expect(checkSigned(2, created.json.secret)).toBe("wallet.updated")
      // 1 min and 5 min scaled by 0.0001 → 6 ms and 30 ms.
      expect(second.at - first.at).toBeGreaterThanOrEqual(5)
      expect(third.at - second.at).toBeGreaterThanOrEqual(28)

      const attempts = await control.deliveries({ webhookId: created.json.id })
      expect(attempts.map((a) => [a.attempt, a.ok, a.statusCode, a.nextAttemptInMs])).toEqual([
        [1, false, 500, 6],
        [2, false, 500, 30],
        [3, true, 204, null],
      ])
      const list = await api<{ webhooks: WebhookJson[] }>(sandbox.url, "GET", "/webhooks", { apiKey: key })
      expect(list.json.webhooks[0].deliveryStats).toEqual({ success: 1, failed: 2 })
      expect(list.json.webhooks[0].lastUsed).toEqual(expect.any(String))
    })

    it("gives up after the fifth retry", async () => {
      await control.setConfig({ webhookTimeScale: 0.00001 })
      const created = await subscribe(["wallet.updated"])
      receiver.respond = () => 500
      await control.fundWallet(key, "GBP", 1)
      await waitFor(async () =>
        (await control.deliveries({ webhookId: created.json.id })).some((a) => a.nextAttemptInMs === null)
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
      const attempts = await control.deliveries({ webhookId: created.json.id })
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6])
      expect(receiver.received).toHaveLength(6)
    })

    it("counts a receiver that does not answer in time as failed and retries", async () => {
      await control.setConfig({ webhookReceiverTimeoutMs: 80 })
      const created = await subscribe(["wallet.updated"])
      receiver.respond = (index) => (index === 0 ? "hang" : 200)
      await control.fundWallet(key, "GBP", 1)
      await waitFor(() => receiver.received.length >= 2)
      const attempts = await waitFor(async () => {
        const list = await control.deliveries({ webhookId: created.json.id })
        return list.length >= 2 && list
      })
      expect(attempts[0]).toMatchObject({
        ok: false,
        statusCode: null,
        errorMessage: "No answer within 80 ms",
      })
      expect(attempts[1]).toMatchObject({ ok: true, attempt: 2 })
    })
  })
})
