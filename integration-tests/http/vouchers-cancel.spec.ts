import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pollDueVoucherOrders } from "../../src/jobs/poll-voucher-orders"
import { OPEN_STATUSES, type VoucherOrderRecord } from "../../src/lib/gifting/voucher-order-records"
import {
  buyVouchers,
  createVoucherStore,
  debitCount,
  giftingModule,
  orderVouchers,
  purchasesPerKey,
  startVoucherSandbox,
  VOUCHER_TEST_API_KEY,
  waitFor,
  type VoucherSandbox,
} from "../helpers/voucher-store"

jest.setTimeout(240_000)

let ugiftme: VoucherSandbox

// Vouchers are bought at placement; the wallet holds 10 GBP, less than one £25 voucher.
beforeAll(async () => {
  ugiftme = await startVoucherSandbox({ initialBalance: 10 }, { UGIFTME_PURCHASE_ON: "placement" })
})

afterAll(async () => {
  await ugiftme?.sandbox.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const anHourLater = () => new Date(Date.now() + 60 * 60_000)

    it("never buys the units of a canceled order that wait for a retry, whoever asks, and takes them out of every due query", async () => {
      const store = await createVoucherStore(getContainer(), api)
      // Two units refused for want of funds (402).
      const shortOrder = await buyVouchers(api, store, { quantity: 2 })
      await waitFor(
        () => orderVouchers(api, store, shortOrder),
        (list) => list.length === 2 && list.every((voucher) => voucher.status === "failed")
      )
      // One unit whose purchase got no answer (503): pending, to be sent again with its key.
      await ugiftme.control.failNextRequests(50, { method: "POST", path: "/orders", status: 503 })
      const lostOrder = await buyVouchers(api, store, { quantity: 1 })
      await waitFor(
        () => orderVouchers(api, store, lostOrder),
        (list) => list.length === 1 && list[0].status === "pending" && list[0].attempts > 0,
        { timeoutMs: 60_000 }
      )

      for (const orderId of [shortOrder, lostOrder]) {
        await api.post(`/admin/orders/${orderId}/cancel`, {}, store.fixture.admin)
      }
      await ugiftme.control.clearFaults()
      await ugiftme.control.fundWallet(VOUCHER_TEST_API_KEY, "GBP", 1000)

      // The poll job (as if an hour had passed), the fulfil and release routes, and staff retry.
      await pollDueVoucherOrders(getContainer(), { now: anHourLater() })
      const staff = { ...store.fixture.admin, validateStatus: () => true }
      const asked = []
      for (const orderId of [shortOrder, lostOrder]) {
        asked.push((await api.post(`/admin/gifting/orders/${orderId}/vouchers/fulfill`, {}, staff)).status)
        asked.push((await api.post(`/admin/gifting/orders/${orderId}/vouchers/release`, {}, staff)).status)
        for (const voucher of await orderVouchers(api, store, orderId)) {
          asked.push((await api.post(`/admin/gifting/vouchers/${voucher.id}/retry`, {}, staff)).status)
        }
      }
      await pollDueVoucherOrders(getContainer(), { now: anHourLater() })

      expect(asked).toEqual([200, 400, 400, 400, 200, 400, 400])
      const rows = (await giftingModule(getContainer()).listVoucherOrders({
        order_id: [shortOrder, lostOrder],
      })) as VoucherOrderRecord[]
      expect(rows.map((row) => [row.status, row.next_poll_at])).toEqual([
        ["cancelled", null],
        ["cancelled", null],
        ["cancelled", null],
      ])
      const lost = rows.find((row) => row.order_id === lostOrder)!
      expect(lost.error).toContain(`check UGiftMe for key ${lost.idempotency_key}`)
      const due = await giftingModule(getContainer()).listVoucherOrders({
        status: [...OPEN_STATUSES],
        next_poll_at: { $lte: anHourLater() },
      })
      expect(due.filter((row) => row.order_id === shortOrder || row.order_id === lostOrder)).toEqual([])
      expect(
        await purchasesPerKey(
          ugiftme.control,
          rows.map((row) => row.idempotency_key)
        )
      ).toEqual([0, 0, 0])
      expect(await debitCount(ugiftme.control)).toBe(0)
    })
  },
})
