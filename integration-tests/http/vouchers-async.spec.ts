import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createHmac } from "node:crypto"
import { UgiftmeClient } from "../../src/lib/ugiftme"
import { pollDueVoucherOrders } from "../../src/jobs/poll-voucher-orders"
import {
  buyVouchers,
  createVoucherStore,
  debitCount,
  giftingModule,
  orderFulfillments,
  orderVouchers,
  purchasesPerKey,
  startVoucherSandbox,
  VOUCHER_TEST_API_KEY,
  waitFor,
  waitForDeliveredFulfillments,
  type AdminVoucher,
  type VoucherSandbox,
  type VoucherStore,
} from "../helpers/voucher-store"

jest.setTimeout(120_000)

let ugiftme: VoucherSandbox

beforeAll(async () => {
  ugiftme = await startVoucherSandbox(
    { asyncOrders: true, processingDelayMs: 300 },
    // These specs buy at placement; purchases on capture: vouchers-capture.spec.ts.
    { UGIFTME_LOW_BALANCE_THRESHOLD: "5000", UGIFTME_PURCHASE_ON: "placement" }
  )
})

afterAll(async () => {
  await ugiftme?.sandbox.close()
})

const allQueued = (vouchers: AdminVoucher[]) =>
  vouchers.length > 0 &&
  vouchers.every((voucher) => voucher.status === "queued" && Boolean(voucher.order_request_id))

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("hex")
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const hookUrl = () => `${api.defaults.baseURL}/hooks/gifting/ugiftme`

    async function registerWebhook(store: VoucherStore) {
      const response = await api.post(
        "/admin/gifting/ugiftme/webhook",
        { url: hookUrl() },
        store.fixture.admin
      )
      const [stored] = await giftingModule(getContainer()).listVoucherWebhooks({})
      return { response, secret: stored.secret as string }
    }

    const postHook = (body: string, headers: Record<string, string>) =>
      api.post("/hooks/gifting/ugiftme", body, {
        headers: { "content-type": "application/json", ...headers },
        validateStatus: () => true,
        transformRequest: [(data: unknown) => data],
      })

    beforeEach(async () => {
      await ugiftme.control.reset()
    })

    describe("webhook subscription", () => {
      it("registers the store's subscription, keeps the secret and never returns it; a test delivery is acknowledged", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const { response, secret } = await registerWebhook(store)
        const shown = await api.get("/admin/gifting/ugiftme/webhook", store.fixture.admin)
        const again = await api.post(
          "/admin/gifting/ugiftme/webhook",
          { url: hookUrl() },
          store.fixture.admin
        )
        const test = await api.post("/admin/gifting/ugiftme/webhook/send-test", {}, store.fixture.admin)

        expect(response.status).toBe(201)
        expect(response.data.webhook).toMatchObject({
          url: hookUrl(),
          is_active: true,
          created: true,
          secret_stored: true,
        })
        expect(response.data.webhook.events).toEqual(
          expect.arrayContaining(["order.succeeded", "order.failed", "wallet.updated", "product.updated"])
        )
        expect(secret).toEqual(expect.any(String))
        for (const body of [response.data, shown.data, again.data, test.data]) {
          expect(JSON.stringify(body)).not.toContain(secret)
        }
        expect(again.status).toBe(200)
        expect(again.data.webhook).toMatchObject({
          created: false,
          webhook_id: response.data.webhook.webhook_id,
        })
        expect(test.data).toEqual({ ok: true, status_code: 200, error_message: null })
        const [delivery] = await ugiftme.control.deliveries({ event: "webhook.test" })
        expect(delivery).toMatchObject({ ok: true, statusCode: 200, test: true })
      })
    })

    describe("webhook subscription, when staff rotate it", () => {
      it("verifies deliveries with the new secret at once and refuses the old one, though the receiver caches secrets", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const ugiftmeApi = new UgiftmeClient({ baseUrl: ugiftme.sandbox.url, apiKey: VOUCHER_TEST_API_KEY })
        const body = JSON.stringify({ currency: "GBP", balance: 1, timestamp: "2000-01-01T00:00:00.000Z" })
        const deliver = (secret: string) =>
          postHook(body, { "x-webhook-event": "wallet.updated", "x-webhook-signature": sign(body, secret) })

        const first = await registerWebhook(store)
        // Accepted twice: the second is verified against the receiver's cached secrets.
        const beforeRotation = [(await deliver(first.secret)).status, (await deliver(first.secret)).status]

        // Rotation: the subscription is gone at UGiftMe, staff register again and get a new secret.
        await ugiftmeApi.deleteWebhook(first.response.data.webhook.webhook_id)
        const second = await registerWebhook(store)
        expect(second.response.data.webhook.created).toBe(true)
        expect(second.secret).not.toBe(first.secret)

        const withOld = await deliver(first.secret)
        const withNew = await deliver(second.secret)
        expect(beforeRotation).toEqual([200, 200])
        expect(withOld.status).toBe(401)
        expect(withNew.status).toBe(200)
      })

      it("verifies a secret stored behind the receiver's back (another process's registration) on the first delivery", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { secret } = await registerWebhook(store)
        const body = JSON.stringify({ currency: "GBP", balance: 1, timestamp: "2000-01-01T00:00:00.000Z" })
        const deliver = (signingSecret: string) =>
          postHook(body, {
            "x-webhook-event": "wallet.updated",
            "x-webhook-signature": sign(body, signingSecret),
          })
        expect((await deliver(secret)).status).toBe(200)

        // Written straight through the module, as another store process would: this one's cache is not told.
        const gifting = giftingModule(getContainer())
        const [stored] = await gifting.listVoucherWebhooks({})
        await gifting.updateVoucherWebhooks({ id: stored.id, secret: `${secret}-rotated` })
        // The refresh after a miss is throttled to once a second: wait it out so the test does not race it.
        await new Promise((resolve) => setTimeout(resolve, 1_100))

        expect((await deliver(`${secret}-rotated`)).status).toBe(200)
      })
    })

    describe("webhook subscription, when UGiftMe's answer to the create is lost", () => {
      it("leaves no orphan: the retried registration ends with one subscription for the URL, whose secret the store holds", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const ugiftmeApi = new UgiftmeClient({ baseUrl: ugiftme.sandbox.url, apiKey: VOUCHER_TEST_API_KEY })
        await ugiftme.control.loseNextAnswers(1, { method: "POST", path: "/webhooks", mode: "drop" })

        const lost = await api.post(
          "/admin/gifting/ugiftme/webhook",
          { url: hookUrl() },
          { ...store.fixture.admin, validateStatus: () => true }
        )
        expect(lost.status).toBe(502)
        expect(lost.data.type).toBe("ugiftme_unavailable")
        // UGiftMe did create it; its secret went down with the connection.
        expect((await ugiftmeApi.listWebhooks()).filter((w) => w.url === hookUrl())).toHaveLength(1)
        expect(await giftingModule(getContainer()).listVoucherWebhooks({})).toHaveLength(0)

        const { response, secret } = await registerWebhook(store)
        expect(response.status).toBe(201)
        const remaining = (await ugiftmeApi.listWebhooks()).filter((w) => w.url === hookUrl())
        expect(remaining.map((w) => w.id)).toEqual([response.data.webhook.webhook_id])
        expect(secret).toEqual(expect.any(String))

        // A delivery signed with the subscription's secret is accepted by the store.
        const test = await api.post("/admin/gifting/ugiftme/webhook/send-test", {}, store.fixture.admin)
        expect(test.data).toEqual({ ok: true, status_code: 200, error_message: null })
      })
    })

    describe("asynchronous purchases", () => {
      it("completes queued vouchers from the webhook deliveries, then ships and delivers the fulfillment", async () => {
        const store = await createVoucherStore(getContainer(), api)
        await registerWebhook(store)

        const orderId = await buyVouchers(api, store, { quantity: 2 })
        const fulfillments = await waitForDeliveredFulfillments(api, store, orderId, 1)
        const vouchers = await orderVouchers(api, store, orderId)

        expect(vouchers.map((voucher) => voucher.status)).toEqual(["succeeded", "succeeded"])
        expect(vouchers.every((voucher) => voucher.order_request_id && voucher.ugiftme_order_id)).toBe(true)
        // Completed by the deliveries, not by polling: one partner call (the purchase) per unit.
        expect(vouchers.map((voucher) => voucher.attempts)).toEqual([1, 1])
        const succeeded = await ugiftme.control.deliveries({ event: "order.succeeded" })
        // Each outcome was accepted at once (202) and applied by the subscriber.
        expect(succeeded.filter((delivery) => delivery.ok && delivery.statusCode === 202)).toHaveLength(2)
        expect(fulfillments[0].shipped_at).toBeTruthy()
        expect(
          await purchasesPerKey(
            ugiftme.control,
            vouchers.map((voucher) => voucher.idempotency_key)
          )
        ).toEqual([1, 1])
        expect(await debitCount(ugiftme.control)).toBe(2)
      })

      it("with webhooks off, the poll job completes them", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const orderId = await buyVouchers(api, store, { quantity: 2 })
        const queued = await waitFor(() => orderVouchers(api, store, orderId), allQueued)
        const fulfillment = await waitFor(
          () => orderFulfillments(api, store, orderId),
          (list) => list.length === 1
        )
        expect(fulfillment[0].delivered_at).toBeNull()
        const client = new UgiftmeClient({ baseUrl: ugiftme.sandbox.url, apiKey: VOUCHER_TEST_API_KEY })
        await waitFor(
          () => Promise.all(queued.map((voucher) => client.getOrderRequest(voucher.order_request_id!))),
          (requests) => requests.every((request) => request.status === "succeeded")
        )
        const early = await pollDueVoucherOrders(getContainer())
        expect(early.vouchers_polled).toEqual([])

        const polled = await pollDueVoucherOrders(getContainer(), {
          now: new Date(Date.now() + 60 * 60 * 1000),
        })

        expect(polled.vouchers_polled.sort()).toEqual(queued.map((voucher) => voucher.id).sort())
        const vouchers = await orderVouchers(api, store, orderId)
        expect(vouchers.map((voucher) => voucher.status)).toEqual(["succeeded", "succeeded"])
        // No subscription: nothing about these order requests was delivered.
        const deliveries = await ugiftme.control.deliveries()
        for (const voucher of queued) {
          expect(deliveries.filter((delivery) => delivery.body.includes(voucher.order_request_id!))).toEqual(
            []
          )
        }
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        expect(await debitCount(ugiftme.control)).toBe(2)
      })

      it("an order request UGiftMe fails is shown with its reason; the retry buys it under a new key, once", async () => {
        const store = await createVoucherStore(getContainer(), api)
        await registerWebhook(store)
        await ugiftme.control.failNextOrders(1, { reason: "Supplier temporarily out of stock" })

        const orderId = await buyVouchers(api, store, { quantity: 1 })
        const [failed] = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list[0]?.status === "failed"
        )

        expect(failed.error).toBe("UGiftMe could not complete the voucher: Supplier temporarily out of stock")
        expect(await debitCount(ugiftme.control)).toBe(0)
        const [fulfillment] = await orderFulfillments(api, store, orderId)
        expect(fulfillment.delivered_at).toBeNull()

        const { data } = await api.post(`/admin/gifting/vouchers/${failed.id}/retry`, {}, store.fixture.admin)

        expect(data.voucher.idempotency_key).toBe(`${failed.idempotency_key}:g1`)
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        const [after] = await orderVouchers(api, store, orderId)
        expect(after).toMatchObject({ status: "succeeded", fulfillment_id: fulfillment.id })
        expect(
          await purchasesPerKey(ugiftme.control, [failed.idempotency_key, after.idempotency_key])
        ).toEqual([0, 1])
        expect(await debitCount(ugiftme.control)).toBe(1)
      })

      it("refuses to cancel a fulfillment whose vouchers are issued, explaining they cannot be recalled", async () => {
        await ugiftme.control.setConfig({ processingDelayMs: 60_000 })
        const store = await createVoucherStore(getContainer(), api)

        const orderId = await buyVouchers(api, store, { quantity: 1 })
        await waitFor(() => orderVouchers(api, store, orderId), allQueued)
        const [fulfillment] = await waitFor(
          () => orderFulfillments(api, store, orderId),
          (list) => list.length === 1
        )

        const response = await api.post(
          `/admin/orders/${orderId}/fulfillments/${fulfillment.id}/cancel`,
          {},
          { ...store.fixture.admin, validateStatus: () => true }
        )

        expect(response.status).toBe(400)
        expect(response.data.message).toContain("Issued vouchers cannot be recalled")
        expect(response.data.message).toContain("friend@example.com")
        const [still] = await orderFulfillments(api, store, orderId)
        expect(still.canceled_at).toBeNull()
      })
    })

    describe("webhook receiver", () => {
      async function queuedVoucher(store: VoucherStore) {
        await ugiftme.control.setConfig({ processingDelayMs: 60_000 })
        const orderId = await buyVouchers(api, store, { quantity: 1 })
        const [voucher] = await waitFor(() => orderVouchers(api, store, orderId), allQueued)
        await waitFor(
          () => orderFulfillments(api, store, orderId),
          (list) => list.length === 1
        )
        return { orderId, voucher }
      }

      it("answers 401 to a forged or missing signature and changes nothing", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { secret } = await registerWebhook(store)
        const { orderId, voucher } = await queuedVoucher(store)
        const body = JSON.stringify({
          orderRequestId: voucher.order_request_id,
          status: "failed",
          error: "forged",
          timestamp: new Date().toISOString(),
        })

        const forged = await postHook(body, {
          "x-webhook-event": "order.failed",
          "x-webhook-signature": sign(body, `${secret}-not-it`),
        })
        const missing = await postHook(body, { "x-webhook-event": "order.failed" })
        const tampered = await postHook(body.replace("forged", "FORGED"), {
          "x-webhook-event": "order.failed",
          "x-webhook-signature": sign(body, secret),
        })

        expect([forged.status, missing.status, tampered.status]).toEqual([401, 401, 401])
        const [after] = await orderVouchers(api, store, orderId)
        expect(after).toMatchObject({ status: "queued", error: null, attempts: voucher.attempts })
      })

      it("answers within UGiftMe's 5-second window even when completing the voucher takes longer", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { secret } = await registerWebhook(store)
        const { orderId, voucher } = await queuedVoucher(store)
        // Every read of an order at UGiftMe now takes 6 s (the client gives up after 2 s, 4 times).
        await ugiftme.control.setLatency(6_000, { method: "GET", path: "/orders/" })
        const body = JSON.stringify({
          orderRequestId: voucher.order_request_id,
          status: "succeeded",
          type: "single",
          result: { orderId: "65f0000000000000000000aa" },
        })

        const started = Date.now()
        const response = await postHook(body, {
          "x-webhook-event": "order.succeeded",
          "x-webhook-signature": sign(body, secret),
        })
        const elapsed = Date.now() - started

        expect(response.status).toBe(202)
        expect(response.data).toMatchObject({ received: true, processing: true })
        expect(elapsed).toBeLessThan(5_000)
        // The work went on after the answer: the failed read is recorded and the poll job takes over.
        const [after] = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => Boolean(list[0]?.error),
          { timeoutMs: 30_000 }
        )
        expect(after.status).toBe("queued")
        expect(after.error).toContain("timed out")
        await ugiftme.control.setLatency(0)
      })

      it("applies a genuine delivery once: the same delivery again, or a late one, changes nothing", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { secret } = await registerWebhook(store)
        const orderId = await buyVouchers(api, store, { quantity: 1 })
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        const [done] = await orderVouchers(api, store, orderId)
        const [delivery] = await ugiftme.control.deliveries({ event: "order.succeeded" })
        const debits = await debitCount(ugiftme.control)
        const requests = (await ugiftme.control.counters()).requests.total

        const replay = await postHook(delivery.body, {
          "x-webhook-event": "order.succeeded",
          "x-webhook-signature": sign(delivery.body, secret),
        })
        const lateFailure = JSON.stringify({
          orderRequestId: done.order_request_id,
          status: "failed",
          error: "late",
        })
        const late = await postHook(lateFailure, {
          "x-webhook-event": "order.failed",
          "x-webhook-signature": sign(lateFailure, secret),
        })

        expect(replay.status).toBe(200)
        expect(late.status).toBe(200)
        const [after] = await orderVouchers(api, store, orderId)
        expect(after).toEqual(done)
        expect(await debitCount(ugiftme.control)).toBe(debits)
        // Nothing was fetched from UGiftMe for a voucher already settled.
        expect((await ugiftme.control.counters()).requests.total).toBe(requests)
        expect(await orderFulfillments(api, store, orderId)).toHaveLength(1)
      })

      it("keeps the last wallet balance, flags a mapping whose product changed, and ignores unknown requests", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { secret } = await registerWebhook(store)

        await ugiftme.control.fundWallet(VOUCHER_TEST_API_KEY, "GBP", 150)
        type WalletBody = {
          wallets: { currency: string; balance: number; low: boolean }[]
          last_reported: { currency: string; balance: number; source: string | null }[]
          low_balance_threshold: number | null
        }
        const wallet = await waitFor(
          async () =>
            (await api.get("/admin/gifting/ugiftme/wallet", store.fixture.admin)).data as WalletBody,
          (body) => body.last_reported.some((row) => row.currency === "GBP")
        )
        expect(
          wallet.last_reported.find((row: { currency: string }) => row.currency === "GBP")
        ).toMatchObject({
          balance: 10_150,
          source: "funding",
        })
        expect(wallet.wallets.find((row: { currency: string }) => row.currency === "GBP")).toMatchObject({
          balance: 10_150,
          low: false,
        })
        expect(wallet.low_balance_threshold).toBe(5000)

        const older = JSON.stringify({ currency: "GBP", balance: 1, timestamp: "2000-01-01T00:00:00.000Z" })
        const stale = await postHook(older, {
          "x-webhook-event": "wallet.updated",
          "x-webhook-signature": sign(older, secret),
        })
        expect(stale.status).toBe(200)
        const { data: afterStale } = await api.get("/admin/gifting/ugiftme/wallet", store.fixture.admin)
        expect(
          afterStale.last_reported.find((row: { currency: string }) => row.currency === "GBP").balance
        ).toBe(10_150)

        await ugiftme.control.updateProduct("AMAZON_UK_STD", { isActive: false })
        type Mapping = { catalog_active: boolean; catalog_flag: string | null }
        const flagged = await waitFor(
          async () =>
            (await api.get(`/admin/gifting/voucher-products/${store.voucherProductId}`, store.fixture.admin))
              .data.voucher_product as Mapping,
          (mapping) => mapping.catalog_active === false
        )
        expect(flagged.catalog_flag).toContain("inactive")

        const unknown = JSON.stringify({
          orderRequestId: "65f000000000000000000000",
          status: "succeeded",
          result: {},
        })
        const ignored = await postHook(unknown, {
          "x-webhook-event": "order.succeeded",
          "x-webhook-signature": sign(unknown, secret),
        })
        expect(ignored.status).toBe(200)
        expect(ignored.data).toMatchObject({ received: true, handled: false })

        const { data: transactions } = await api.get(
          "/admin/gifting/ugiftme/wallet/transactions?page=1&limit=1",
          store.fixture.admin
        )
        expect(transactions.transactions).toHaveLength(1)
        expect(transactions.transactions[0]).toMatchObject({
          type: expect.any(String),
          value: expect.any(Number),
        })
      })
    })
  },
})
