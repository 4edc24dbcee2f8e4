import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { randomUUID } from "node:crypto"
import { pollDueVoucherOrders } from "../../src/jobs/poll-voucher-orders"
import { payAndComplete, prepareCart } from "../helpers/store-fixture"
import {
  buyVouchers,
  createVoucherStore,
  debitCount,
  GB_ADDRESS,
  orderFulfillments,
  orderVouchers,
  purchasesPerKey,
  startVoucherSandbox,
  waitFor,
  waitForDeliveredFulfillments,
  type VoucherSandbox,
  type VoucherStore,
} from "../helpers/voucher-store"

jest.setTimeout(180_000)

const MAX_UNITS_PER_ORDER = 2

let ugiftme: VoucherSandbox

// Before the runner boots the store: the module reads UGIFTME_* at boot. The
// purchase trigger is left to its default ("capture").
beforeAll(async () => {
  ugiftme = await startVoucherSandbox(
    { initialBalance: 1000 },
    { UGIFTME_MAX_UNITS_PER_ORDER: String(MAX_UNITS_PER_ORDER) }
  )
})

afterAll(async () => {
  await ugiftme?.sandbox.close()
})

/** Lets the order's subscribers run: what they would buy at placement they buy within this time. */
function settle(ms = 2_000): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function orderPaymentIds(api: AxiosInstance, store: VoucherStore, orderId: string): Promise<string[]> {
  const { data } = await api.get(
    `/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`,
    store.fixture.admin
  )
  return data.order.payment_collections.flatMap((collection: { payments: { id: string }[] }) =>
    collection.payments.map((payment) => payment.id)
  )
}

async function capture(api: AxiosInstance, store: VoucherStore, orderId: string): Promise<void> {
  for (const paymentId of await orderPaymentIds(api, store, orderId)) {
    await api.post(`/admin/payments/${paymentId}/capture`, {}, store.fixture.admin)
  }
}

async function orderTotal(api: AxiosInstance, store: VoucherStore, orderId: string): Promise<number> {
  const { data } = await api.get(`/admin/orders/${orderId}?fields=id,total`, store.fixture.admin)
  return Number(data.order.total)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await ugiftme.control.reset()
      await ugiftme.control.setRateLimits({ orders: { limit: 10_000, windowMs: 60_000 } })
    })

    describe("vouchers are bought once the payment is captured", () => {
      it("buys nothing at placement nor from the poll job, then each unit once after the capture", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const orderId = await buyVouchers(api, store, { quantity: 2 })
        await settle()
        await pollDueVoucherOrders(getContainer(), { now: new Date(Date.now() + 60 * 60_000) })

        expect(await orderVouchers(api, store, orderId)).toEqual([])
        expect(await debitCount(ugiftme.control)).toBe(0)
        expect(await orderFulfillments(api, store, orderId)).toEqual([])

        await capture(api, store, orderId)
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        // Replays: the fulfil route and the poll job buy nothing more.
        await api.post(`/admin/gifting/orders/${orderId}/vouchers/fulfill`, {}, store.fixture.admin)
        await pollDueVoucherOrders(getContainer(), { now: new Date(Date.now() + 60 * 60_000) })
        const vouchers = await orderVouchers(api, store, orderId)

        expect(vouchers.map((voucher) => [voucher.unit_index, voucher.status])).toEqual([
          [0, "succeeded"],
          [1, "succeeded"],
        ])
        expect(
          await purchasesPerKey(
            ugiftme.control,
            vouchers.map((voucher) => voucher.idempotency_key)
          )
        ).toEqual([1, 1])
        expect(await debitCount(ugiftme.control)).toBe(2)
      })

      it("lets staff buy before the capture through the fulfil route", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const orderId = await buyVouchers(api, store)

        const { data } = await api.post(
          `/admin/gifting/orders/${orderId}/vouchers/fulfill`,
          {},
          store.fixture.admin
        )

        expect(data.awaiting_capture).toBe(false)
        expect(data.vouchers.map((voucher: { status: string }) => voucher.status)).toEqual(["succeeded"])
        expect(await debitCount(ugiftme.control)).toBe(1)
      })

      it("buys nothing for an order canceled before its capture, whoever asks", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const orderId = await buyVouchers(api, store, { quantity: 2 })
        await settle()

        await api.post(`/admin/orders/${orderId}/cancel`, {}, store.fixture.admin)
        await pollDueVoucherOrders(getContainer(), { now: new Date(Date.now() + 60 * 60_000) })
        const { data } = await api.post(
          `/admin/gifting/orders/${orderId}/vouchers/fulfill`,
          {},
          store.fixture.admin
        )
        await settle(1_000)

        expect(data).toMatchObject({ is_voucher_order: false, reason: "the order is canceled", vouchers: [] })
        expect(await orderVouchers(api, store, orderId)).toEqual([])
        expect(await debitCount(ugiftme.control)).toBe(0)
      })
    })

    describe("limits per order", () => {
      it("holds an order over the unit limit for staff, then buys each unit once when released", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const orderId = await buyVouchers(api, store, { quantity: MAX_UNITS_PER_ORDER + 1 })

        await capture(api, store, orderId)
        const held = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list.length === 3
        )
        await pollDueVoucherOrders(getContainer(), { now: new Date(Date.now() + 60 * 60_000) })

        expect(held.map((voucher) => voucher.status)).toEqual(["held", "held", "held"])
        expect(held[0].error).toBe("Held for review: 3 vouchers is over the limit of 2 per order")
        expect((await orderVouchers(api, store, orderId)).map((voucher) => voucher.status)).toEqual([
          "held",
          "held",
          "held",
        ])
        expect(await debitCount(ugiftme.control)).toBe(0)

        const release = () =>
          api.post(`/admin/gifting/orders/${orderId}/vouchers/release`, {}, store.fixture.admin)
        const { data: released } = await release()
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        const { data: again } = await release()
        const unauthenticated = await api.post(
          `/admin/gifting/orders/${orderId}/vouchers/release`,
          {},
          { validateStatus: () => true }
        )

        expect(released.vouchers.map((voucher: { status: string }) => voucher.status)).toEqual([
          "succeeded",
          "succeeded",
          "succeeded",
        ])
        expect(again.vouchers.map((voucher: { status: string }) => voucher.status)).toEqual([
          "succeeded",
          "succeeded",
          "succeeded",
        ])
        expect(unauthenticated.status).toBe(401)
        expect(
          await purchasesPerKey(
            ugiftme.control,
            held.map((voucher) => voucher.idempotency_key)
          )
        ).toEqual([1, 1, 1])
        expect(await debitCount(ugiftme.control)).toBe(3)
      })
    })

    describe("face value", () => {
      it("is the variant's base price when a sale price list sells the voucher for less", async () => {
        const store = await createVoucherStore(getContainer(), api, { price: 50 })
        await api.post(
          "/admin/price-lists",
          {
            title: `Sale ${randomUUID().slice(0, 8)}`,
            description: "10% off vouchers",
            type: "sale",
            status: "active",
            prices: [{ variant_id: store.variantId, amount: 45, currency_code: "gbp" }],
          },
          store.fixture.admin
        )

        const orderId = await buyVouchers(api, store)
        await capture(api, store, orderId)
        const vouchers = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list.length === 1 && list[0].status === "succeeded"
        )

        expect(await orderTotal(api, store, orderId)).toBe(45)
        expect(vouchers.map((voucher) => [voucher.value, voucher.currency])).toEqual([[50, "GBP"]])
      })

      it("is the variant's price when a promotion takes money off the line", async () => {
        const store = await createVoucherStore(getContainer(), api, { price: 50 })
        const code = `FIVE${randomUUID().slice(0, 6).toUpperCase()}`
        await api.post(
          "/admin/promotions",
          {
            code,
            type: "standard",
            status: "active",
            application_method: {
              type: "fixed",
              target_type: "items",
              allocation: "across",
              value: 5,
              currency_code: "gbp",
              target_rules: [],
            },
          },
          store.fixture.admin
        )

        const cartId = await prepareCart(api, store.fixture, {
          variantId: store.variantId,
          shippingOptionId: store.shippingOptionId,
          shippingData: { recipient_email: "friend@example.com", recipient_name: "A Friend" },
          address: GB_ADDRESS,
        })
        await api.post(
          `/store/carts/${cartId}/promotions`,
          { promo_codes: [code] },
          store.fixture.storeHeaders
        )
        const orderId = await payAndComplete(api, store.fixture, cartId)
        await capture(api, store, orderId)
        const vouchers = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list.length === 1 && list[0].status === "succeeded"
        )

        expect(await orderTotal(api, store, orderId)).toBe(45)
        expect(vouchers.map((voucher) => [voucher.value, voucher.currency])).toEqual([[50, "GBP"]])
      })
    })
  },
})
