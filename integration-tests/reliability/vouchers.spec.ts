import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { createHmac } from "node:crypto"
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
  waitFor,
  type AdminVoucher,
  type VoucherSandbox,
} from "../helpers/voucher-store"
import { printSummary } from "./helpers/summary"

// Sized to finish well inside the timeout on a loaded 2-core machine; the
// voucher burst at bench scale is `npm run bench` (vouchers).
jest.setTimeout(300_000)

const UNITS_PER_ORDER = 10

/**
 * The sandbox's readings of `Idempotency-Key` the exactly-once run holds
 * under: tolerant (the default), and strict — stored failures replayed, 409
 * while a key is in flight, keys forgotten after the plugin's bound. Orders
 * per mode are even (half error, half drop); together as many as one run had.
 */
const IDEMPOTENCY_MODES = [
  { mode: "tolerant", orders: 4, idempotency: { replayFailures: false, conflictInFlight: false } },
  {
    mode: "strict",
    orders: 2,
    idempotency: { replayFailures: true, conflictInFlight: true, keyTtlSeconds: 3_600 },
  },
] as const

let ugiftme: VoucherSandbox

// Before the app boots: the module reads UGIFTME_* at boot.
beforeAll(async () => {
  ugiftme = await startVoucherSandbox({ initialBalance: 20_000 }, { UGIFTME_PURCHASE_ON: "placement" })
})

afterAll(async () => {
  await ugiftme?.sandbox.close()
  // The helper points the plugin at this sandbox through env vars: leave none behind.
  for (const name of ["UGIFTME_BASE_URL", "UGIFTME_API_KEY", "UGIFTME_TIMEOUT_MS", "UGIFTME_PURCHASE_ON"])
    delete process.env[name]
})

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("hex")
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await ugiftme.control.reset()
      await ugiftme.control.setRateLimits({ orders: { limit: 10_000, windowMs: 60_000 } })
    })

    it.each(IDEMPOTENCY_MODES)(
      "paid twice? ($mode idempotency) purchases debited, then answered 500 or dropped: one debit per unit",
      async ({ mode: reading, orders: ORDERS, idempotency }) => {
        await ugiftme.control.setConfig({ idempotency })
        const store = await createVoucherStore(getContainer(), api as AxiosInstance)
        const half = (ORDERS * UNITS_PER_ORDER) / 2
        const orderIds: string[] = []
        for (const mode of ["error", "drop"] as const) {
          await ugiftme.control.debitThenFail(half, mode)
          for (let index = 0; index < ORDERS / 2; index++) {
            orderIds.push(await buyVouchers(api as AxiosInstance, store, { quantity: UNITS_PER_ORDER }))
          }
        }

        // A unit whose every answer was lost stays pending; the poll job replays it with the same key.
        const gifting = giftingModule(getContainer())
        let pollRuns = 0
        let vouchers: AdminVoucher[] = []
        const deadline = Date.now() + 180_000
        for (;;) {
          vouchers = (
            await Promise.all(orderIds.map((id) => orderVouchers(api as AxiosInstance, store, id)))
          ).flat()
          if (
            vouchers.length === ORDERS * UNITS_PER_ORDER &&
            vouchers.every((voucher) => voucher.status === "succeeded")
          ) {
            break
          }
          if (Date.now() > deadline)
            throw new Error(`units not settled: ${JSON.stringify(vouchers.map((v) => v.status))}`)
          const pending = await gifting.listVoucherOrders({ status: "pending" }, { select: ["id"] })
          if (pending.length) {
            await gifting.updateVoucherOrders(
              pending.map(({ id }) => ({ id, next_poll_at: new Date(Date.now() - 1000) }))
            )
            await pollDueVoucherOrders(getContainer())
            pollRuns++
          }
          await new Promise((resolve) => setTimeout(resolve, 1000))
        }

        const perKey = await purchasesPerKey(
          ugiftme.control,
          vouchers.map((voucher) => voucher.idempotency_key)
        )
        const debits = await debitCount(ugiftme.control)
        expect(perKey.every((count) => count === 1)).toBe(true)
        expect(debits).toBe(ORDERS * UNITS_PER_ORDER)
        printSummary(
          `paid twice? (UGiftMe debits, then 500 or a dropped connection; ${reading} idempotency)`,
          {
            voucher_units: ORDERS * UNITS_PER_ORDER,
            strict_mode_purchases: reading === "strict" ? ORDERS * UNITS_PER_ORDER : 0,
            faults_injected_total: 2 * half,
            faults_injected: `debit-then-500 ${half}, debit-then-drop ${half}`,
            poll_job_runs: pollRuns,
            wallet_debits: debits,
            duplicates_found: perKey.filter((count) => count > 1).length,
          }
        )
      }
    )

    /**
     * One voucher unit accepted (202) with its undelivered fulfillment recorded.
     * Deliveries go to a closed port: the sandbox records each body, and the
     * test delivers them itself, in the order it chooses.
     */
    async function queuedVoucherWithRecordedDeliveries() {
      await ugiftme.control.setConfig({ asyncOrders: true, processingDelayMs: 50, webhookTimeScale: 0.001 })
      const store = await createVoucherStore(getContainer(), api as AxiosInstance)
      await api.post(
        "/admin/gifting/ugiftme/webhook",
        { url: "http://127.0.0.1:9/hooks" },
        store.fixture.admin
      )
      const [stored] = await giftingModule(getContainer()).listVoucherWebhooks({})
      const secret = stored.secret as string
      const orderId = await buyVouchers(api as AxiosInstance, store, { quantity: 1 })
      const [queued] = await waitFor(
        () => orderVouchers(api as AxiosInstance, store, orderId),
        (list) =>
          list.length === 1 &&
          list[0].status === "queued" &&
          Boolean(list[0].order_request_id && list[0].fulfillment_id)
      )
      return { store, secret, orderId, queued }
    }

    it("webhooks: bad signatures change nothing, a delivery replayed 10 times has one effect, late events do not undo it", async () => {
      const { store, secret, orderId, queued } = await queuedVoucherWithRecordedDeliveries()
      const bodies = await waitFor(
        async () => {
          const deliveries = await ugiftme.control.deliveries()
          const of = (event: string) =>
            deliveries.find(
              (delivery) => delivery.event === event && delivery.body.includes(queued.order_request_id!)
            )
          return { processing: of("order.processing"), succeeded: of("order.succeeded") }
        },
        (found) => Boolean(found.processing && found.succeeded)
      )
      const post = (event: string, body: string, signature?: string) =>
        api.post("/hooks/gifting/ugiftme", body, {
          headers: {
            "content-type": "application/json",
            "x-webhook-event": event,
            ...(signature === undefined ? {} : { "x-webhook-signature": signature }),
          },
          transformRequest: [(data: unknown) => data],
          validateStatus: () => true,
        })
      const succeeded = bodies.succeeded!.body
      const genuine = sign(succeeded, secret)

      const fulfillmentsBefore = await orderFulfillments(api as AxiosInstance, store, orderId)
      expect(fulfillmentsBefore.map((fulfillment) => fulfillment.delivered_at)).toEqual([null])
      for (const signature of [
        undefined,
        "",
        "deadbeef",
        genuine.slice(0, 32),
        sign(succeeded, "not-the-secret"),
      ]) {
        expect((await post("order.succeeded", succeeded, signature)).status).toBe(401)
      }
      expect(await orderVouchers(api as AxiosInstance, store, orderId)).toEqual([queued])
      expect(await orderFulfillments(api as AxiosInstance, store, orderId)).toEqual(fulfillmentsBefore)

      // Out of order: the outcome first, then the progress events that preceded it.
      // The outcome changes the voucher: answered 202 at once and applied by a subscriber.
      expect((await post("order.succeeded", succeeded, genuine)).status).toBe(202)
      const processing = bodies.processing!.body
      expect([200, 202]).toContain(
        (await post("order.processing", processing, sign(processing, secret))).status
      )
      const [done] = await waitFor(
        () => orderVouchers(api as AxiosInstance, store, orderId),
        (list) => list[0]?.status === "succeeded"
      )
      await waitFor(
        () => orderFulfillments(api as AxiosInstance, store, orderId),
        (list) => list.length === 1 && Boolean(list[0].delivered_at)
      )

      const requests = (await ugiftme.control.counters()).requests.total
      for (let replay = 0; replay < 10; replay++) {
        expect((await post("order.succeeded", succeeded, genuine)).status).toBe(200)
      }
      expect(await orderVouchers(api as AxiosInstance, store, orderId)).toEqual([done])
      const fulfillments = await orderFulfillments(api as AxiosInstance, store, orderId)
      expect(fulfillments).toHaveLength(1)
      expect((await ugiftme.control.counters()).requests.total).toBe(requests)
      const debits = await debitCount(ugiftme.control)
      expect(debits).toBe(1)
      printSummary("webhooks (signatures, replay ×10, out of order)", {
        faults_injected_total: 5 + 10 + 1,
        bad_signatures_refused: 5,
        replays: 10,
        fulfillments: fulfillments.length,
        wallet_debits: debits,
        duplicates_found: fulfillments.length - 1 + (debits - 1),
      })
    })

    it("webhooks: only signed content is trusted — a swapped event header, an altered body and a stale failure report change nothing", async () => {
      const { store, secret, orderId, queued } = await queuedVoucherWithRecordedDeliveries()
      const requestId = queued.order_request_id!
      const bodies = await waitFor(
        async () => {
          const deliveries = await ugiftme.control.deliveries()
          const of = (event: string) =>
            deliveries.find((delivery) => delivery.event === event && delivery.body.includes(requestId))
          return {
            queued: of("order.queued"),
            processing: of("order.processing"),
            succeeded: of("order.succeeded"),
          }
        },
        (found) => Boolean(found.processing && found.succeeded)
      )
      const post = (event: string, body: string, signature: string) =>
        api.post("/hooks/gifting/ugiftme", body, {
          headers: {
            "content-type": "application/json",
            "x-webhook-event": event,
            "x-webhook-signature": signature,
          },
          transformRequest: [(data: unknown) => data],
          validateStatus: () => true,
        })
      const unit = async () => (await orderVouchers(api as AxiosInstance, store, orderId))[0]
      const settleWindow = () => new Promise((resolve) => setTimeout(resolve, 3_000))
      let refused = 0

      // A captured order.processing delivery, replayed under another event name.
      const processing = bodies.processing!.body
      for (const event of ["order.failed", "order.succeeded"]) {
        const answer = await post(event, processing, sign(processing, secret))
        expect(answer.status).toBe(400)
        refused++
      }
      await settleWindow()
      expect(await unit()).toEqual(queued)

      // Signed, then altered: the signature no longer matches.
      const altered = processing.replace('"processing"', '"failed"')
      expect(altered).not.toBe(processing)
      expect((await post("order.failed", altered, sign(processing, secret))).status).toBe(401)
      refused++
      expect(await unit()).toEqual(queued)

      // A failure report UGiftMe does not confirm (a stale or misrouted delivery,
      // signed with the secret): UGiftMe's own answer for the request wins.
      const staleFailure = JSON.stringify({
        orderRequestId: requestId,
        status: "failed",
        error: "Insufficient available balance. Required: 50, Available: 10 GBP",
        timestamp: new Date(Date.now() - 3_600_000).toISOString(),
      })
      expect([200, 202]).toContain(
        (await post("order.failed", staleFailure, sign(staleFailure, secret))).status
      )
      const settled = await waitFor(unit, (voucher) => voucher.status !== "queued")
      expect(settled.status).toBe("succeeded")

      // Old deliveries replayed after the outcome change nothing.
      const succeeded = bodies.succeeded!.body
      for (const old of [bodies.queued?.body, processing, succeeded].filter(
        (body): body is string => !!body
      )) {
        const event =
          old === succeeded ? "order.succeeded" : old === processing ? "order.processing" : "order.queued"
        expect((await post(event, old, sign(old, secret))).status).toBe(200)
      }
      expect((await post("order.failed", staleFailure, sign(staleFailure, secret))).status).toBe(200)
      await settleWindow()
      expect(await unit()).toEqual(settled)
      const debits = await debitCount(ugiftme.control)
      expect(debits).toBe(1)
      printSummary("webhooks (forged event names, altered bodies, stale reports)", {
        faults_injected_total: refused + 2,
        forged_deliveries_refused: refused,
        wallet_debits: debits,
        duplicates_found: debits - 1,
      })
    })
  },
})
