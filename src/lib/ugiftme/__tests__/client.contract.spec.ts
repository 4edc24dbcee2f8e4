import {
  UgiftmeSandboxControl,
  startUgiftmeSandbox,
  startWebhookReceiver,
} from "@medusa-plugin-gifting/sandbox/ugiftme"
import type { UgiftmeSandbox } from "@medusa-plugin-gifting/sandbox/ugiftme"
import {
  UgiftmeAuthError,
  UgiftmeClient,
  UgiftmeForbiddenError,
  UgiftmeInProgressError,
  UgiftmeInsufficientFundsError,
  UgiftmeNotFoundError,
  UgiftmeValidationError,
  extractOrderIds,
  parseWebhookEvent,
  verifyWebhookSignature,
} from ".."
import type { UgiftmeCreateOrderInput } from ".."

const amazon = (value: number, extra: Partial<UgiftmeCreateOrderInput> = {}): UgiftmeCreateOrderInput => ({
  productCode: "AMAZON_UK_STD",
  merchant: "Amazon UK",
  currency: "GBP",
  valuePurchased: value,
  ...extra,
})

describe("UgiftmeClient against the sandbox", () => {
  let sandbox: UgiftmeSandbox
  let control: UgiftmeSandboxControl
  let client: UgiftmeClient
  let key: string
  let keyCounter = 0
  const nextKey = () => `client-test-${Date.now()}-${keyCounter++}`

  beforeAll(async () => {
    sandbox = await startUgiftmeSandbox({ processingDelayMs: 5, initialBalance: 1000 })
    control = new UgiftmeSandboxControl(sandbox.url)
    key = sandbox.apiKeys[0]
    client = new UgiftmeClient({
      baseUrl: sandbox.url,
      apiKey: key,
      timeoutMs: 2_000,
      backoff: { baseMs: 5, maxMs: 20 },
    })
  })
  afterAll(() => sandbox.close())
  afterEach(() => control.reset())

  describe("credentials", () => {
    it("verifies a good key", async () => {
      const account = await client.verifyCredentials()
      expect(account).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), verified: true })
    })

    it("accepts a base URL that already ends with the API path", async () => {
      const other = new UgiftmeClient({ baseUrl: `${sandbox.url}/api/v1/business/`, apiKey: key })
      expect((await other.verifyCredentials()).id).toEqual(expect.any(String))
    })

    it("throws UgiftmeAuthError for an unknown key, without echoing the key", async () => {
      const secretKey = "99999999-9999-4999-8999-999999999999"
      const bad = new UgiftmeClient({ baseUrl: sandbox.url, apiKey: secretKey })
      const error = await bad.verifyCredentials().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UgiftmeAuthError)
      expect(error).toMatchObject({ status: 401, retryable: false, partnerMessage: "Invalid API key" })
      expect(String((error as Error).message)).not.toContain(secretKey)
      expect(JSON.stringify(error)).not.toContain(secretKey)
    })

    it("keeps the key out of the client object: it cannot be serialised, listed or logged with the client", () => {
      const secretKey = "88888888-8888-4888-8888-888888888888"
      const held = new UgiftmeClient({ baseUrl: sandbox.url, apiKey: secretKey })
      expect(JSON.stringify(held)).not.toContain(secretKey)
      expect(Object.values(held).map(String).join(" ")).not.toContain(secretKey)
    })

    it("throws UgiftmeForbiddenError with the profile details for an incomplete business", async () => {
      await control.updateAccount(key, { profileStatus: "incomplete" })
      const error = await client.verifyCredentials().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UgiftmeForbiddenError)
      expect(error).toMatchObject({
        status: 403,
        reason: "Incomplete business profile",
        profileStatus: "incomplete",
        missingFields: ["businessPhoneNumber", "registrationNumber"],
      })
    })

    it("throws UgiftmeForbiddenError with the caller IP when not on the allow list", async () => {
      await control.updateAccount(key, { ipAllowList: ["203.0.113.0/24"] })
      const error = await client.listProducts().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UgiftmeForbiddenError)
      expect(error).toMatchObject({
        reason: "IP not whitelisted",
        ip: "127.0.0.1",
        whitelistedIps: ["203.0.113.0/24"],
      })
    })
  })

  describe("catalog and wallet", () => {
    it("lists products, filters, wallets, balances and transactions", async () => {
      const page = await client.listProducts({ page: 1, limit: 3 })
      expect(page.products).toHaveLength(3)
      expect(page.pagination?.total).toBeGreaterThan(3)
      expect(page.products[0]).toMatchObject({
        productCode: expect.any(String),
        merchant: expect.any(String),
      })

      const filters = await client.getProductFilters()
      expect(filters.merchants).toContain("Amazon UK")

      const wallets = await client.getWallets()
      expect(wallets.map((w) => w.currency).sort()).toEqual(["EUR", "GBP", "USD"])
      const balances = await client.getBalance()
      expect(balances.find((b) => b.currency === "GBP")).toMatchObject({
        balance: 1000,
        availableBalance: 1000,
      })

      await client.createOrder(amazon(10), { idempotencyKey: nextKey() })
      const transactions = await client.listTransactions({ page: 1, limit: 2 })
      expect(transactions.transactions[0]).toMatchObject({
        transactionType: "purchase",
        transactionValue: 10,
      })
      expect(transactions.pagination?.totalTransactions).toBe(4)
    })
  })

  describe("orders", () => {
    it("creates a sync order and reads it back", async () => {
      const result = await client.createOrder(amazon(50, { recipientEmail: "alex@example.com" }), {
        idempotencyKey: nextKey(),
      })
      if (result.kind !== "created") throw new Error("expected a synchronous creation")
      expect(result.order).toMatchObject({
        productCode: "AMAZON_UK_STD",
        valuePurchased: 50,
        currency: "GBP",
      })
      expect(result.order.merchant?.voucherCode).toMatch(/^[A-Z0-9-]{19}$/)
      expect(result.order.product?.productCode).toBe("AMAZON_UK_STD")

      const detail = await client.getOrder(result.order._id)
      expect(detail.merchant?.voucherCode).toBe(result.order.merchant?.voucherCode)
      expect(detail.userId).toEqual(expect.any(String))

      const list = await client.listOrders({ page: 1, limit: 5 })
      expect(list.orders.map((o) => o._id)).toEqual([result.order._id])
      const search = await client.searchOrders({ merchant: "amazon", isPaid: true })
      expect(search.orders).toHaveLength(1)
    })

    it("creates an async order and follows the order request to the order", async () => {
      await control.setConfig({ asyncOrders: true })
      const result = await client.createOrder(amazon(20), { idempotencyKey: nextKey() })
      if (result.kind !== "queued") throw new Error("expected an async acceptance")
      expect(result.status).toBe("queued")
      let request = await client.getOrderRequest(result.orderRequestId)
      for (let i = 0; i < 200 && request.status !== "succeeded"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 5))
        request = await client.getOrderRequest(result.orderRequestId)
      }
      expect(request.status).toBe("succeeded")
      const [orderId] = extractOrderIds(request.result)
      expect((await client.getOrder(orderId)).valuePurchased).toBe(20)
    })

    it("bulk creation returns orders, summary and rejected items", async () => {
      const result = await client.createBulkOrder([amazon(10), amazon(10, { productCode: "NOPE" })], {
        idempotencyKey: nextKey(),
      })
      if (result.kind !== "created") throw new Error("expected a synchronous creation")
      expect(result.orders).toHaveLength(1)
      expect(result.summary).toMatchObject({ totalOrders: 1, totalValue: 10, currency: "GBP" })
      expect(result.rejectedOrders).toEqual([{ productCode: "NOPE", reason: "Product not found" }])
    })

    it("maps 402, 404 and 400 to typed errors", async () => {
      const poor = await control.createAccount({ wallets: { GBP: 5 } })
      const poorClient = new UgiftmeClient({ baseUrl: sandbox.url, apiKey: poor.apiKey })
      const funds = await poorClient
        .createOrder(amazon(50), { idempotencyKey: nextKey() })
        .catch((e: unknown) => e)
      expect(funds).toBeInstanceOf(UgiftmeInsufficientFundsError)
      expect(funds).toMatchObject({
        status: 402,
        retryable: false,
        required: 50,
        available: 5,
        currency: "GBP",
      })

      const product = await client
        .createOrder(amazon(50, { productCode: "NOPE" }), { idempotencyKey: nextKey() })
        .catch((e: unknown) => e)
      expect(product).toBeInstanceOf(UgiftmeNotFoundError)
      expect(product).toMatchObject({ status: 404, partnerMessage: "Product not found" })

      const malformed = await client.getOrder("nope").catch((e: unknown) => e)
      expect(malformed).toBeInstanceOf(UgiftmeValidationError)
      expect((malformed as Error).message).toContain("Invalid order ID format")

      const unknown = await client.getOrder("65b0d1e2f3a4b56789012345").catch((e: unknown) => e)
      expect(unknown).toBeInstanceOf(UgiftmeNotFoundError)
      const request = await client.getOrderRequest("65b0d1e2f3a4b56789012345").catch((e: unknown) => e)
      expect(request).toBeInstanceOf(UgiftmeNotFoundError)
    })

    it("maps a 409 for a key still in flight to UgiftmeInProgressError, not a refusal", async () => {
      await control.setConfig({ orderLatencyMs: 300, idempotency: { conflictInFlight: true } })
      const idempotencyKey = nextKey()
      const first = client.createOrder(amazon(10), { idempotencyKey })
      await new Promise((resolve) => setTimeout(resolve, 100))
      const second = await client.createOrder(amazon(10), { idempotencyKey }).catch((e: unknown) => e)
      expect(second).toBeInstanceOf(UgiftmeInProgressError)
      expect(second).not.toBeInstanceOf(UgiftmeValidationError)
      expect(second).toMatchObject({ status: 409, retryable: true })
      expect((await first).kind).toBe("created")
    })
  })

  describe("webhooks", () => {
    it("manages subscriptions and receives a verifiable test delivery", async () => {
      const receiver = await startWebhookReceiver()
      try {
        const created = await client.createWebhook({
          url: receiver.url,
          events: ["order.succeeded"],
          description: "store",
        })
        expect(created).toEqual({
          id: expect.any(String),
          url: receiver.url,
          events: ["order.succeeded"],
          secret: expect.any(String),
        })

        const listed = await client.listWebhooks()
        expect(listed).toEqual([
          expect.objectContaining({
            id: created.id,
            isActive: true,
            deliveryStats: { success: 0, failed: 0 },
          }),
        ])
        expect(JSON.stringify(listed)).not.toContain(created.secret)

        const updated = await client.updateWebhook(created.id, {
          events: ["order.succeeded", "order.failed"],
        })
        expect(updated).toMatchObject({ id: created.id, events: ["order.succeeded", "order.failed"] })

        const test = await client.testWebhook(created.id)
        expect(test).toMatchObject({ ok: true, statusCode: 200 })
        const delivery = receiver.received[0]
        const signature = String(delivery.headers["x-webhook-signature"])
        expect(verifyWebhookSignature(delivery.rawBody, signature, created.secret)).toBe(true)
        const event = parseWebhookEvent(String(delivery.headers["x-webhook-event"]), delivery.rawBody)
        expect(event?.event).toBe("webhook.test")

        await client.deleteWebhook(created.id)
        expect(await client.listWebhooks()).toEqual([])
        const gone = await client.deleteWebhook(created.id).catch((e: unknown) => e)
        expect(gone).toBeInstanceOf(UgiftmeNotFoundError)
      } finally {
        await receiver.close()
      }
    })

    it("UgiftmeValidationError lists validEvents for an unknown event", async () => {
      const error = await client
        .createWebhook({ url: "http://127.0.0.1:9/x", events: ["order.exploded" as "order.failed"] })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UgiftmeValidationError)
      expect((error as UgiftmeValidationError).validEvents).toContain("wallet.updated")
    })

    it("parses a real order.succeeded delivery into the typed union", async () => {
      const receiver = await startWebhookReceiver()
      try {
        const created = await client.createWebhook({ url: receiver.url, events: ["order.succeeded"] })
        await control.setConfig({ asyncOrders: true })
        const result = await client.createOrder(amazon(15), { idempotencyKey: nextKey() })
        for (let i = 0; i < 200 && receiver.received.length === 0; i++)
          await new Promise((r) => setTimeout(r, 5))
        const delivery = receiver.received[0]
        expect(
          verifyWebhookSignature(
            delivery.rawBody,
            String(delivery.headers["x-webhook-signature"]),
            created.secret
          )
        ).toBe(true)
        const event = parseWebhookEvent(String(delivery.headers["x-webhook-event"]), delivery.rawBody)
        if (event?.event !== "order.succeeded") throw new Error("expected order.succeeded")
        expect(result.kind === "queued" && event.payload.orderRequestId).toBe(
          result.kind === "queued" && result.orderRequestId
        )
        const [orderId] = extractOrderIds(event.payload.result)
        expect((await client.getOrder(orderId)).valuePurchased).toBe(15)
      } finally {
        await receiver.close()
      }
    })
  })
})
