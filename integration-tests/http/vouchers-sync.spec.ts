import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { UgiftmeClient } from "../../src/lib/ugiftme"
import { pollDueVoucherOrders } from "../../src/jobs/poll-voucher-orders"
import { prepareCart } from "../helpers/store-fixture"
import {
  buyVouchers,
  createVoucherStore,
  debitCount,
  giftingModule,
  GB_ADDRESS,
  orderFulfillments,
  orderVouchers,
  purchasesPerKey,
  startVoucherSandbox,
  VOUCHER_TEST_API_KEY,
  waitFor,
  waitForDeliveredFulfillments,
  type AdminVoucher,
  type VoucherSandbox,
} from "../helpers/voucher-store"

jest.setTimeout(120_000)

let ugiftme: VoucherSandbox

// Before the runner boots the store: the module reads UGIFTME_* at boot.
beforeAll(async () => {
  // Bought at placement here; purchases on capture: vouchers-capture.spec.ts.
  ugiftme = await startVoucherSandbox({ initialBalance: 60 }, { UGIFTME_PURCHASE_ON: "placement" })
})

afterAll(async () => {
  await ugiftme?.sandbox.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await ugiftme.control.reset()
      // The sandbox's reset keeps limiter rules a test changed: put the generous default back.
      await ugiftme.control.setRateLimits({ orders: { limit: 10_000, windowMs: 60_000 } })
    })

    describe("mapping variants to UGiftMe products", () => {
      it("maps a GBP variant to a GBP product with the merchant and currency from the catalog", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const { data } = await api.get(
          `/admin/gifting/voucher-products/${store.voucherProductId}`,
          store.fixture.admin
        )

        expect(data.voucher_product).toMatchObject({
          variant_id: store.variantId,
          product_code: "AMAZON_UK_STD",
          merchant: "Amazon UK",
          currency: "GBP",
          face_value_mode: "variant_price",
          fixed_value: null,
        })
      })

      it("refuses a variant priced in another currency than the product, saying which", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { variantId } = await store.fixture.createProduct({
          title: "Euro voucher",
          price: 25,
          currency: "eur",
        })

        const response = await api.post(
          "/admin/gifting/voucher-products",
          { variant_id: variantId, product_code: "AMAZON_UK_STD" },
          { ...store.fixture.admin, validateStatus: () => true }
        )

        expect(response.status).toBe(400)
        expect(response.data.message).toBe(
          `Currency mismatch: variant ${variantId} is priced in EUR but UGiftMe product AMAZON_UK_STD is sold in GBP. ` +
            "Price the variant in GBP only, or map a EUR product."
        )
      })

      it("refuses an unknown product, a face value the product does not sell, and a second mapping", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { variantId } = await store.fixture.createProduct({
          title: "Argos",
          price: 20,
          currency: "gbp",
        })
        const post = (body: Record<string, unknown>) =>
          api.post("/admin/gifting/voucher-products", body, {
            ...store.fixture.admin,
            validateStatus: () => true,
          })

        const unknown = await post({ variant_id: variantId, product_code: "NOPE_UK" })
        const notADenomination = await post({ variant_id: variantId, product_code: "ARGOS_UK_FIXED" })
        const fixedMissing = await post({
          variant_id: variantId,
          product_code: "ARGOS_UK_FIXED",
          face_value_mode: "fixed",
        })
        const twice = await post({ variant_id: store.variantId, product_code: "AMAZON_UK_STD" })
        const fixed = await post({
          variant_id: variantId,
          product_code: "ARGOS_UK_FIXED",
          face_value_mode: "fixed",
          fixed_value: 25,
        })

        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toBe('UGiftMe has no product with productCode "NOPE_UK"')
        expect(notADenomination.status).toBe(400)
        expect(notADenomination.data.message).toContain(
          "20 GBP is not one of the product's denominations (10, 25, 50, 100 GBP)"
        )
        expect(fixedMissing.status).toBe(400)
        expect(fixedMissing.data.message).toContain('fixed_value is required when face_value_mode is "fixed"')
        expect(twice.status).toBe(400)
        expect(twice.data.message).toContain("is already mapped")
        expect(fixed.status).toBe(201)
        expect(fixed.data.voucher_product).toMatchObject({
          face_value_mode: "fixed",
          fixed_value: 25,
          currency: "GBP",
        })
      })

      it("lists the UGiftMe catalog to pick from, filtered by currency", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const { data } = await api.get(
          "/admin/gifting/ugiftme/catalog?currency=gbp&limit=50",
          store.fixture.admin
        )

        expect(data.products.map((product: { product_code: string }) => product.product_code)).toEqual([
          "AMAZON_UK_STD",
          "ARGOS_UK_FIXED",
          "SPOTIFY_UK_FIXED",
        ])
        expect(data.products[1]).toMatchObject({ currency: "GBP", denominations: [10, 25, 50, 100] })
      })

      it("answers a failed catalog call with whose problem it is: 429 when UGiftMe throttles, 404 for an unknown thing, 502 when it refuses the key", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const catalog = () =>
          api.get("/admin/gifting/ugiftme/catalog?currency=gbp", {
            ...store.fixture.admin,
            validateStatus: () => true,
          })

        await ugiftme.control.failNextRequests(10, { method: "GET", path: "/products", status: 429 })
        const throttled = await catalog()
        await ugiftme.control.clearFaults()
        await ugiftme.control.failNextRequests(1, { method: "GET", path: "/products", status: 404 })
        const missing = await catalog()
        await ugiftme.control.failNextRequests(1, { method: "GET", path: "/products", status: 401 })
        const refused = await catalog()

        expect(throttled.status).toBe(429)
        expect(throttled.data).toMatchObject({ type: "ugiftme_rate_limited" })
        expect(throttled.data).toHaveProperty("retry_after_ms")
        expect(missing.status).toBe(404)
        expect(missing.data).toMatchObject({ type: "not_found" })
        expect(refused.status).toBe(502)
        expect(refused.data.type).toBe("ugiftme_refused_key")
        expect(refused.data.message).toContain("UGiftMe GET /products answered 401")
        expect(JSON.stringify([throttled.data, missing.data, refused.data])).not.toContain(
          VOUCHER_TEST_API_KEY
        )
      })
    })

    describe("checkout with the digital voucher option", () => {
      it("rejects a shipping method without a recipient email, naming the field", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const attempt = prepareCart(api, store.fixture, {
          variantId: store.variantId,
          shippingOptionId: store.shippingOptionId,
          shippingData: { recipient_name: "A Friend" },
          address: GB_ADDRESS,
        })

        await expect(attempt).rejects.toMatchObject({
          response: { status: 400, data: { message: "Digital voucher: recipient_email is required" } },
        })
      })

      it("refuses the voucher option for a cart that holds anything but voucher products, naming it", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { variantId: mugId } = await store.fixture.createProduct({
          title: "Ceramic Mug",
          price: 12,
          currency: "gbp",
        })
        const headers = { ...store.fixture.storeHeaders, validateStatus: () => true }
        const voucherData = { recipient_email: "friend@example.com" }

        const { data: mixed } = await api.post(
          "/store/carts",
          { region_id: store.fixture.region.id, sales_channel_id: store.fixture.salesChannelId },
          headers
        )
        for (const variant_id of [store.variantId, mugId]) {
          await api.post(`/store/carts/${mixed.cart.id}/line-items`, { variant_id, quantity: 1 }, headers)
        }
        const refused = await api.post(
          `/store/carts/${mixed.cart.id}/shipping-methods`,
          { option_id: store.shippingOptionId, data: voucherData },
          headers
        )
        const mugOnly = prepareCart(api, store.fixture, {
          variantId: mugId,
          shippingOptionId: store.shippingOptionId,
          shippingData: voucherData,
          address: GB_ADDRESS,
        })

        expect([refused.status, refused.data.message]).toEqual([
          400,
          'Digital voucher by email is only for voucher products; "Ceramic Mug" cannot be sent this way. Choose another shipping option, or buy them in a separate order.',
        ])
        await expect(mugOnly).rejects.toMatchObject({ response: { status: 400 } })
        const { data: cart } = await api.get(`/store/carts/${mixed.cart.id}`, headers)
        expect(cart.cart.shipping_methods).toEqual([])
      })

      it("buys one voucher per unit, fulfils and delivers the order (sync mode)", async () => {
        const store = await createVoucherStore(getContainer(), api)

        const orderId = await buyVouchers(api, store, { quantity: 2 })
        const fulfillments = await waitForDeliveredFulfillments(api, store, orderId, 1)
        const vouchers = await orderVouchers(api, store, orderId)

        expect(
          vouchers.map((voucher) => [voucher.unit_index, voucher.status, voucher.value, voucher.currency])
        ).toEqual([
          [0, "succeeded", 25, "GBP"],
          [1, "succeeded", 25, "GBP"],
        ])
        expect(new Set(vouchers.map((voucher) => voucher.fulfillment_id))).toEqual(
          new Set([fulfillments[0].id])
        )
        expect(fulfillments[0]).toMatchObject({ provider_id: "ugiftme_ugiftme", canceled_at: null })
        expect(fulfillments[0].shipped_at).toBeTruthy()
        expect(
          await purchasesPerKey(
            ugiftme.control,
            vouchers.map((voucher) => voucher.idempotency_key)
          )
        ).toEqual([1, 1])
        expect(await debitCount(ugiftme.control)).toBe(2)

        // The voucher codes exist at UGiftMe but never reach the store's records.
        const client = new UgiftmeClient({ baseUrl: ugiftme.sandbox.url, apiKey: VOUCHER_TEST_API_KEY })
        const codes = await Promise.all(
          vouchers.map(
            async (voucher) => (await client.getOrder(voucher.ugiftme_order_id!)).merchant?.voucherCode
          )
        )
        const { data: order } = await api.get(
          `/admin/orders/${orderId}?fields=*fulfillments,*shipping_methods`,
          store.fixture.admin
        )
        const everythingTheStoreShows = JSON.stringify([vouchers, order])
        for (const code of codes) {
          expect(code).toEqual(expect.any(String))
          expect(everythingTheStoreShows).not.toContain(code)
        }
      })

      it("fulfilling again buys nothing more", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const orderId = await buyVouchers(api, store, { quantity: 1 })
        await waitForDeliveredFulfillments(api, store, orderId, 1)

        const { data } = await api.post(
          `/admin/gifting/orders/${orderId}/vouchers/fulfill`,
          {},
          store.fixture.admin
        )

        expect(data.vouchers.map((voucher: AdminVoucher) => voucher.status)).toEqual(["succeeded"])
        expect(data.fulfillment_id).toBeNull()
        expect(await debitCount(ugiftme.control)).toBe(1)
        expect(await orderFulfillments(api, store, orderId)).toHaveLength(1)
      })

      it("refuses the dashboard's plain fulfilment of a unit not bought, pointing to the voucher route", async () => {
        const store = await createVoucherStore(getContainer(), api)
        // 60 GBP pays two of three 25 GBP vouchers: the third unit stays unfulfilled.
        const orderId = await buyVouchers(api, store, { quantity: 3 })
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        const { data: orderBody } = await api.get(
          `/admin/orders/${orderId}?fields=id,*items`,
          store.fixture.admin
        )

        const response = await api.post(
          `/admin/orders/${orderId}/fulfillments`,
          { items: [{ id: orderBody.order.items[0].id, quantity: 1 }] },
          { ...store.fixture.admin, validateStatus: () => true }
        )

        expect(response.status).toBe(400)
        expect(response.data.message).toContain(`POST /admin/gifting/orders/${orderId}/vouchers/fulfill`)
        expect(await debitCount(ugiftme.control)).toBe(2)
      })
    })

    describe("a wallet too low", () => {
      // Strict: UGiftMe stores the 402 under the key and replays it; the retry must use a new key.
      it.each([
        ["tolerant", false],
        ["strict", true],
      ])(
        "fails the unit it cannot pay with required, available and currency; a retry after funding buys only that unit (%s idempotency)",
        async (_reading, replayFailures) => {
          await ugiftme.control.setConfig({ idempotency: { replayFailures } })
          const store = await createVoucherStore(getContainer(), api)

          const orderId = await buyVouchers(api, store, { quantity: 3 })
          const delivered = await waitForDeliveredFulfillments(api, store, orderId, 1)
          const first = await orderVouchers(api, store, orderId)

          expect(first.map((voucher) => voucher.status)).toEqual(["succeeded", "succeeded", "failed"])
          expect(first[2].error).toBe(
            "UGiftMe wallet balance too low: required 25 GBP, available 10 GBP. " +
              "Fund the GBP wallet in the UGiftMe dashboard, then retry the voucher."
          )
          // The two bought units are fulfilled and delivered; the third waits.
          expect(first.map((voucher) => voucher.fulfillment_id)).toEqual([
            delivered[0].id,
            delivered[0].id,
            null,
          ])

          await ugiftme.control.fundWallet(VOUCHER_TEST_API_KEY, "GBP", 100)
          const { data: retried } = await api.post(
            `/admin/gifting/vouchers/${first[2].id}/retry`,
            {},
            store.fixture.admin
          )

          expect(retried.voucher).toMatchObject({
            id: first[2].id,
            status: "succeeded",
            error: null,
            idempotency_key: `${first[2].idempotency_key}:g1`,
          })
          const after = await orderVouchers(api, store, orderId)
          expect(after.map((voucher) => voucher.status)).toEqual(["succeeded", "succeeded", "succeeded"])
          expect(
            await purchasesPerKey(
              ugiftme.control,
              after.map((voucher) => voucher.idempotency_key)
            )
          ).toEqual([1, 1, 1])
          expect(await debitCount(ugiftme.control)).toBe(3)
          const fulfillments = await waitForDeliveredFulfillments(api, store, orderId, 2)
          expect(fulfillments.map((fulfillment) => fulfillment.id)).toContain(delivered[0].id)

          const again = await api.post(
            `/admin/gifting/vouchers/${first[0].id}/retry`,
            {},
            {
              ...store.fixture.admin,
              validateStatus: () => true,
            }
          )
          expect(again.status).toBe(400)
          expect(again.data.message).toContain("never bought twice")
          expect(await debitCount(ugiftme.control)).toBe(3)
        }
      )
    })

    describe("partner faults", () => {
      it("a 429 storm completes without a duplicate purchase", async () => {
        await ugiftme.control.fundWallet(VOUCHER_TEST_API_KEY, "GBP", 100)
        await ugiftme.control.setRateLimits({ orders: { limit: 1, windowMs: 1_000 } })
        const store = await createVoucherStore(getContainer(), api)

        const orderId = await buyVouchers(api, store, { quantity: 3 })
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        const vouchers = await orderVouchers(api, store, orderId)

        expect(vouchers.map((voucher) => voucher.status)).toEqual(["succeeded", "succeeded", "succeeded"])
        expect(
          await purchasesPerKey(
            ugiftme.control,
            vouchers.map((voucher) => voucher.idempotency_key)
          )
        ).toEqual([1, 1, 1])
        expect(await debitCount(ugiftme.control)).toBe(3)
        const counters = await ugiftme.control.counters()
        expect(counters.requests.byRoute["POST /orders"]).toBeGreaterThan(3)
      })

      it("a purchase answered with a 500 after the debit is replayed by the client's retry: one debit", async () => {
        const store = await createVoucherStore(getContainer(), api)
        await ugiftme.control.debitThenFail(1, "error")

        const orderId = await buyVouchers(api, store, { quantity: 1 })
        await waitForDeliveredFulfillments(api, store, orderId, 1)
        const vouchers = await orderVouchers(api, store, orderId)

        expect(vouchers[0].status).toBe("succeeded")
        expect(await purchasesPerKey(ugiftme.control, [vouchers[0].idempotency_key])).toEqual([1])
        expect(await debitCount(ugiftme.control)).toBe(1)
      })

      it("a purchase whose answer is lost after the debit (three 500s, then a dropped connection) stays pending, and the poll job replays it: one debit", async () => {
        const store = await createVoucherStore(getContainer(), api)
        // The client tries 4 times: three refusals, then a purchase whose answer never arrives.
        await ugiftme.control.failNextRequests(3, { method: "POST", path: "/orders", status: 500 })
        await ugiftme.control.debitThenFail(1, "drop")

        const orderId = await buyVouchers(api, store, { quantity: 1 })
        const pending = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list.length === 1 && list[0].attempts > 0
        )
        expect(pending[0]).toMatchObject({ status: "pending", fulfillment_id: null })
        expect(pending[0].error).toContain("the outcome is unknown, it will be re-sent with the same key")
        expect(await debitCount(ugiftme.control)).toBe(1)

        const inAnHour = new Date(Date.now() + 60 * 60 * 1000)
        const polled = await pollDueVoucherOrders(getContainer(), { now: inAnHour })

        expect(polled.orders_rebought).toEqual([orderId])
        const after = await orderVouchers(api, store, orderId)
        expect(after[0]).toMatchObject({ status: "succeeded", idempotency_key: pending[0].idempotency_key })
        expect(await purchasesPerKey(ugiftme.control, [after[0].idempotency_key])).toEqual([1])
        expect(await debitCount(ugiftme.control)).toBe(1)
        await waitForDeliveredFulfillments(api, store, orderId, 1)
      })
    })

    describe("stricter idempotency readings", () => {
      const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000)
      const twoHoursAgo = () => new Date(Date.now() - 2 * 60 * 60 * 1000)
      const postsToOrders = async () =>
        (await ugiftme.control.counters()).requests.byRoute["POST /orders"] ?? 0

      /** One unit whose every purchase answer was lost: `bought` says whether UGiftMe debited it. */
      async function unitWithLostAnswers(
        store: Awaited<ReturnType<typeof createVoucherStore>>,
        bought: boolean
      ) {
        if (bought) {
          await ugiftme.control.failNextRequests(3, { method: "POST", path: "/orders", status: 500 })
          await ugiftme.control.debitThenFail(1, "drop")
        } else {
          await ugiftme.control.failNextRequests(4, { method: "POST", path: "/orders", status: 500 })
        }
        const orderId = await buyVouchers(api, store, { quantity: 1 })
        const [pending] = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list.length === 1 && list[0].attempts > 0
        )
        expect(pending.status).toBe("pending")
        expect(await debitCount(ugiftme.control)).toBe(bought ? 1 : 0)
        return { orderId, pending }
      }

      it("a 409 while the key is in flight leaves the unit pending, never failed; the poll job then gets the one purchase", async () => {
        const store = await createVoucherStore(getContainer(), api)
        // The client gives up on the first attempt after 2 s; its retry arrives while UGiftMe still works on it.
        await ugiftme.control.setConfig({ orderLatencyMs: 3_500, idempotency: { conflictInFlight: true } })

        const orderId = await buyVouchers(api, store, { quantity: 1 })
        const [pending] = await waitFor(
          () => orderVouchers(api, store, orderId),
          (list) => list.length === 1 && list[0].attempts > 0
        )
        expect(pending).toMatchObject({ status: "pending", fulfillment_id: null })
        expect(pending.error).toContain("409")
        expect(pending.error).toContain("the outcome is unknown")
        await waitFor(
          () => debitCount(ugiftme.control),
          (debits) => debits === 1
        )

        await ugiftme.control.setConfig({ orderLatencyMs: 0 })
        await pollDueVoucherOrders(getContainer(), { now: inAnHour() })
        const [after] = await orderVouchers(api, store, orderId)
        expect(after).toMatchObject({ status: "succeeded", idempotency_key: pending.idempotency_key })
        expect(await debitCount(ugiftme.control)).toBe(1)
        await waitForDeliveredFulfillments(api, store, orderId, 1)
      })

      it("a key older than its bound is not sent again: the purchase is found at UGiftMe and adopted, one debit", async () => {
        const store = await createVoucherStore(getContainer(), api)
        const { orderId, pending } = await unitWithLostAnswers(store, true)
        // UGiftMe forgets the key: sending it again would buy a second voucher.
        await ugiftme.control.setConfig({ idempotency: { keyTtlSeconds: 1 } })
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        await giftingModule(getContainer()).updateVoucherOrders({
          id: pending.id,
          key_sent_at: twoHoursAgo(),
        })
        const posts = await postsToOrders()

        await pollDueVoucherOrders(getContainer(), { now: inAnHour() })

        const [after] = await orderVouchers(api, store, orderId)
        expect(after.status).toBe("succeeded")
        expect(after.ugiftme_order_id).toEqual(expect.any(String))
        expect(await postsToOrders()).toBe(posts)
        expect(await debitCount(ugiftme.control)).toBe(1)
        await waitForDeliveredFulfillments(api, store, orderId, 1)
      })

      it.each([
        ["older than its bound", { key_sent_at: twoHoursAgo() }],
        ["sent 8 times", { key_sends: 8 }],
      ])(
        "a key %s whose purchase UGiftMe does not hold is parked for staff with the reason; staff retry buys once with a new key",
        async (_why, change) => {
          const store = await createVoucherStore(getContainer(), api)
          const { orderId, pending } = await unitWithLostAnswers(store, false)
          await giftingModule(getContainer()).updateVoucherOrders({ id: pending.id, ...change })
          const posts = await postsToOrders()

          await pollDueVoucherOrders(getContainer(), { now: inAnHour() })

          const [parked] = await orderVouchers(api, store, orderId)
          expect(parked).toMatchObject({ status: "parked", next_poll_at: null, fulfillment_id: null })
          expect(parked.error).toContain("Outcome unknown")
          expect(parked.error).toContain("Check the UGiftMe dashboard before retrying")
          expect(await postsToOrders()).toBe(posts)
          expect(await debitCount(ugiftme.control)).toBe(0)
          // The poll job leaves a parked unit alone.
          await pollDueVoucherOrders(getContainer(), { now: inAnHour() })
          expect(await postsToOrders()).toBe(posts)

          const { data } = await api.post(
            `/admin/gifting/vouchers/${parked.id}/retry`,
            {},
            store.fixture.admin
          )
          expect(data.voucher).toMatchObject({
            status: "succeeded",
            idempotency_key: `${pending.idempotency_key}:g1`,
          })
          expect(await debitCount(ugiftme.control)).toBe(1)
        }
      )
    })
  },
})
