import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance, AxiosResponse } from "axios"
import { createHmac } from "node:crypto"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { parseGiftShippingData } from "../../src/lib/gifting/gift-shipping-data"
import { UgiftmeClient } from "../../src/lib/ugiftme"
import {
  startUgiftmeSandbox,
  UgiftmeSandboxControl,
  type UgiftmeSandbox,
} from "@medusa-plugin-gifting/sandbox/ugiftme"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import {
  checkout,
  createStoreFixture,
  prepareCart,
  providerOption,
  SHOPPER_ADDRESS,
  type StoreFixture,
} from "../helpers/store-fixture"
import {
  buyVouchers,
  createVoucherStore,
  giftingModule,
  waitForDeliveredFulfillments,
} from "../helpers/voucher-store"
import { generator } from "./helpers/fuzz"
import { CANARY, captureOutput, LeakScanner, scanResponses } from "./helpers/secrets"
import { printSummary } from "./helpers/summary"

jest.setTimeout(300_000)

const GIFT_PROVIDER = "giftyzet_giftyzet"
const RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa.private@example.com",
  recipient_phone: "+44 20 7946 0958",
  gift_message: "Happy birthday!",
}
/** Contact data that must never appear in a store-route answer. */
const PRIVATE = [
  RECIPIENT.recipient_email,
  RECIPIENT.recipient_phone,
  "Rosa",
  SHOPPER_ADDRESS.address_1,
  SHOPPER_ADDRESS.phone,
  "jane.buyer",
  "4 Orchard Row",
]

const scanner = new LeakScanner()
const counts = { fuzz_cases: 0, server_errors: 0, medusa_server_errors: 0, unauthenticated_admin_calls: 0 }

/** A path segment as a client would send it (lone surrogates cannot be encoded: replaced). */
function encodePathSegment(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
  )
}
useGiftyzetSandbox(
  { apiKeys: [CANARY.giftyzetApiKey] },
  { GIFTYZET_API_KEY: CANARY.giftyzetApiKey, UGIFTME_WEBHOOK_SECRET: CANARY.ugiftmeWebhookSecret }
)
let ugiftme: UgiftmeSandbox
let capture: { stop(): void }

beforeAll(async () => {
  ugiftme = await startUgiftmeSandbox({ apiKeys: [CANARY.ugiftmeApiKey] })
  process.env.UGIFTME_BASE_URL = ugiftme.url
  process.env.UGIFTME_API_KEY = CANARY.ugiftmeApiKey
  process.env.UGIFTME_PURCHASE_ON = "placement"
  capture = captureOutput(scanner)
})

afterAll(async () => {
  capture?.stop()
  delete process.env.UGIFTME_BASE_URL
  delete process.env.UGIFTME_API_KEY
  delete process.env.UGIFTME_PURCHASE_ON
  await ugiftme?.close()
})

/** No answer of the plugin's routes may be a 5xx, whatever the input. */
function expectNoServerError(response: AxiosResponse, what: string) {
  counts.fuzz_cases++
  if (response.status >= 500) {
    counts.server_errors++
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.data)}`)
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let giftOptionId: string
    let variantId: string
    let giftOrderId: string
    let manualOrderId: string
    const lenient = { validateStatus: () => true }

    beforeAll(async () => {
      scanResponses(api as AxiosInstance, scanner)
      fixture = await createStoreFixture(getContainer(), api, { providers: [GIFT_PROVIDER] })
      const optionData = await providerOption(api, fixture.admin, GIFT_PROVIDER)
      giftOptionId = (
        await fixture.createShippingOption({
          name: "Send as a gift",
          providerId: GIFT_PROVIDER,
          optionData,
          price: 4.5,
        })
      ).id
      const manual = await fixture.createShippingOption({
        name: "Standard",
        providerId: "manual_manual",
        optionData: { id: "manual-fulfillment" },
        price: 3,
      })
      variantId = (await fixture.createProduct({ title: "Ceramic Gift Mug", price: 24.9 })).variantId
      giftOrderId = (
        await checkout(api as AxiosInstance, fixture, {
          variantId,
          shippingOptionId: giftOptionId,
          shippingData: RECIPIENT,
        })
      ).order_id
      manualOrderId = (
        await checkout(api as AxiosInstance, fixture, { variantId, shippingOptionId: manual.id })
      ).order_id
      await eventually(async () => {
        const { data } = await api.get(`/store/gifting/orders/${giftOrderId}`, fixture.storeHeaders)
        return Boolean(data.gift_order.recipient_link)
      })
    })

    describe("access", () => {
      const adminRoutes: [string, string][] = [
        ["get", "/admin/gifting/orders/ORDER"],
        ["post", "/admin/gifting/orders/ORDER/sync"],
        ["get", "/admin/gifting/orders/ORDER/vouchers"],
        ["post", "/admin/gifting/orders/ORDER/vouchers/fulfill"],
        ["get", "/admin/gifting/gift-orders"],
        ["get", "/admin/gifting/status"],
        ["get", "/admin/gifting/connections"],
        ["get", "/admin/gifting/ugiftme/catalog"],
        ["get", "/admin/gifting/ugiftme/wallet"],
        ["get", "/admin/gifting/ugiftme/wallet/transactions"],
        ["get", "/admin/gifting/ugiftme/webhook"],
        ["post", "/admin/gifting/ugiftme/webhook"],
        ["post", "/admin/gifting/ugiftme/webhook/send-test"],
        ["get", "/admin/gifting/voucher-products"],
        ["post", "/admin/gifting/voucher-products"],
        ["get", "/admin/gifting/voucher-products/vprod_1"],
        ["post", "/admin/gifting/voucher-products/vprod_1"],
        ["delete", "/admin/gifting/voucher-products/vprod_1"],
        ["post", "/admin/gifting/vouchers/vord_1/retry"],
      ]

      it("answers 401 to every admin route without admin authentication, and changes nothing", async () => {
        const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
        const before = JSON.stringify(await gifting.listGiftOrders({}, { order: { id: "ASC" } }))
        const credentials = [
          {},
          { authorization: "Bearer not-a-jwt" },
          { authorization: `Bearer ${fixture.publishableKey}` },
          { "x-publishable-api-key": fixture.publishableKey },
        ]
        for (const [method, route] of adminRoutes) {
          for (const headers of credentials) {
            const url = route.replace("ORDER", giftOrderId)
            const response = await api.request({ method, url, data: {}, headers, ...lenient })
            counts.unauthenticated_admin_calls++
            expect([method, url, response.status]).toEqual([method, url, 401])
          }
        }
        expect(JSON.stringify(await gifting.listGiftOrders({}, { order: { id: "ASC" } }))).toBe(before)
      })

      it("the store route needs a publishable key, shows only the share state, and nothing for a non-gift order", async () => {
        const noKey = await api.get(`/store/gifting/orders/${giftOrderId}`, lenient)
        expect(noKey.status).toBeGreaterThanOrEqual(400)
        expect(noKey.status).toBeLessThan(500)

        const gift = await api.get(`/store/gifting/orders/${giftOrderId}`, fixture.storeHeaders)
        expect(Object.keys(gift.data.gift_order).sort()).toEqual([
          "claim_deadline",
          "confirmed_at",
          "link_state",
          "order_number",
          "recipient_link",
          "status",
        ])
        const manual = await api.get(`/store/gifting/orders/${manualOrderId}`, {
          ...fixture.storeHeaders,
          ...lenient,
        })
        expect(manual.status).toBe(404)
        for (const text of [JSON.stringify(gift.data), JSON.stringify(manual.data)]) {
          for (const value of PRIVATE) expect(text).not.toContain(value)
        }
      })
    })

    describe("bad input", () => {
      it("the gift shipping-data validator never throws and names the field it refuses (5,000 cases)", () => {
        const gen = generator(1)
        const fields = ["recipient_name", "recipient_email", "recipient_phone", "gift_message", "kind"]
        for (let index = 0; index < 5000; index++) {
          const input = index % 5 === 0 ? { ...RECIPIENT, ...gen.object(fields) } : gen.object(fields)
          const result = parseGiftShippingData(input)
          counts.fuzz_cases++
          if (result.success) {
            expect(result.data.recipient_name.length).toBeGreaterThan(0)
            expect(result.data.recipient_email).toMatch(/^[^\s@]+@[^\s@]+$/)
            expect(Object.keys(result.data).every((key) => [...fields].includes(key))).toBe(true)
          } else {
            expect(result.message).toMatch(/recipient_name|recipient_email|recipient_phone|gift_message|data/)
          }
        }
      })

      it("adding the gift shipping method with random data answers 200 or a 4xx with a message, and a refusal writes nothing", async () => {
        const gen = generator(2)
        const cartId = await prepareCart(api as AxiosInstance, fixture, {
          variantId,
          shippingOptionId: giftOptionId,
          shippingData: RECIPIENT,
        })
        const methodsOf = async () => {
          const { data } = await api.get(
            `/store/carts/${cartId}?fields=*shipping_methods`,
            fixture.storeHeaders
          )
          return data.cart.shipping_methods.map((method: { data: unknown }) => method.data)
        }
        let expected = await methodsOf()
        const fields = ["recipient_name", "recipient_email", "recipient_phone", "gift_message"]
        for (let index = 0; index < 120; index++) {
          const data = index % 3 === 0 ? { ...RECIPIENT, ...gen.object(fields) } : gen.value()
          const response = await api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: giftOptionId, data },
            { ...fixture.storeHeaders, ...lenient }
          )
          expectNoServerError(response, `shipping method with ${JSON.stringify(data).slice(0, 200)}`)
          if (response.status >= 400) {
            expect(typeof response.data.message).toBe("string")
            expect(response.data.message.length).toBeGreaterThan(0)
            if (index % 10 === 0) expect(await methodsOf()).toEqual(expected)
          } else {
            expected = await methodsOf()
          }
        }
        expect(await methodsOf()).toEqual(expected)
      })

      it("store and admin gifting routes answer random ids, queries and bodies with a 4xx (never a 500 Medusa's own routes avoid)", async () => {
        const gen = generator(3)
        const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
        const rowsBefore = await gifting.listGiftOrders({}, { select: ["id"] })
        const store = { ...fixture.storeHeaders, ...lenient }
        const admin = { ...fixture.admin, ...lenient }
        // Ids Medusa 2.21 itself answers 500 to, on every route: broken
        // percent-encoding and invalid UTF-8 (Express cannot decode them) and NUL
        // (PostgreSQL refuses it), e.g. GET /store/orders/%00. For those the
        // plugin's routes must answer exactly as Medusa's own; for every other id,
        // never a 5xx.
        const raw = [
          "%",
          "%E0%A4%A",
          "%zz",
          "%C0%80",
          "%ED%A0%80",
          "%00",
          "a%00b",
          "..%2F..",
          "a%2Fb",
          "%2e%2e",
          "%EF%BF%BF",
        ]
        for (let index = 0; index < 150; index++) {
          const id = index < raw.length ? raw[index] : encodePathSegment(gen.string() || "x")
          const ours = {
            store: await api.get(`/store/gifting/orders/${id}`, store),
            admin: await api.get(`/admin/gifting/orders/${id}`, admin),
            sync: await api.post(`/admin/gifting/orders/${id}/sync`, JSON.stringify(gen.value()), {
              ...admin,
              headers: { ...admin.headers, "content-type": "application/json" },
              transformRequest: [(data: unknown) => data],
            }),
          }
          const medusas = {
            store: await api.get(`/store/orders/${id}`, store),
            admin: await api.get(`/admin/orders/${id}`, admin),
          }
          for (const [name, response] of Object.entries(ours)) {
            const reference = name === "store" ? medusas.store : medusas.admin
            if (reference.status >= 500) {
              counts.fuzz_cases++
              counts.medusa_server_errors++
              const noWorse = response.status < 500 || response.status === reference.status
              expect([name, id, response.status, noWorse]).toEqual([name, id, response.status, true])
            } else {
              expectNoServerError(response, `${name} route with id ${id}`)
              expect([name, id, response.status >= 400]).toEqual([name, id, true])
            }
          }
          for (const value of PRIVATE) expect(JSON.stringify(ours.store.data)).not.toContain(value)

          const query = new URLSearchParams(
            Object.entries(gen.object(["status", "sync_state", "q", "limit", "offset", "order"])).map(
              ([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]
            )
          )
          const list = await api.get(`/admin/gifting/gift-orders?${query}`, admin)
          const medusasList = await api.get(`/admin/orders?${query}`, admin)
          if (medusasList.status >= 500) {
            counts.fuzz_cases++
            counts.medusa_server_errors++
            expect([String(query), list.status < 500 || list.status === medusasList.status]).toEqual([
              String(query),
              true,
            ])
          } else {
            expectNoServerError(list, `GET /admin/gifting/gift-orders?${query}`)
          }
          const body = gen.object(["variant_id", "product_code", "face_value_mode", "fixed_value"])
          const product = await api.post("/admin/gifting/voucher-products", body, admin)
          expectNoServerError(
            product,
            `POST /admin/gifting/voucher-products ${JSON.stringify(body).slice(0, 200)}`
          )
          expect(product.status).toBeGreaterThanOrEqual(400)
        }
        expect((await gifting.listGiftOrders({}, { select: ["id"] })).length).toBe(rowsBefore.length)
        expect(await gifting.listVoucherProducts({})).toEqual([])
      })

      it("the UGiftMe webhook answers 401 to unsigned or badly signed bodies and never a 500 to signed random ones", async () => {
        const gen = generator(4)
        const sign = (body: string, secret: string) =>
          createHmac("sha256", secret).update(body, "utf8").digest("hex")
        const post = (body: string, headers: Record<string, string>) =>
          api.post("/hooks/gifting/ugiftme", body, {
            headers: { "content-type": "application/json", ...headers },
            transformRequest: [(data: unknown) => data],
            ...lenient,
          })
        const events = [
          "order.succeeded",
          "order.failed",
          "order.processing",
          "wallet.updated",
          "product.updated",
          "x",
        ]
        for (let index = 0; index < 60; index++) {
          const body = JSON.stringify(
            index % 2
              ? gen.object(["orderRequestId", "status", "result", "currency", "balance"])
              : gen.value()
          )
          const event = gen.pick(events)
          const genuine = sign(body, CANARY.ugiftmeWebhookSecret)
          for (const signature of [
            undefined,
            "",
            genuine.slice(0, 20),
            sign(body, "wrong-secret"),
            `${genuine.slice(0, -1)}${genuine.endsWith("0") ? "1" : "0"}`,
          ]) {
            const headers: Record<string, string> = { "x-webhook-event": event }
            if (signature !== undefined) headers["x-webhook-signature"] = signature
            const refused = await post(body, headers)
            expectNoServerError(refused, "webhook with a bad signature")
            // Medusa's JSON parser refuses a top-level string, number… (400) before the route runs.
            const parsable = typeof JSON.parse(body) === "object" && JSON.parse(body) !== null
            expect([body.slice(0, 80), refused.status]).toEqual([body.slice(0, 80), parsable ? 401 : 400])
            if (!parsable) expect(typeof refused.data.message).toBe("string")
          }
          const accepted = await post(body, { "x-webhook-event": event, "x-webhook-signature": genuine })
          expectNoServerError(accepted, `signed webhook ${event} ${body.slice(0, 200)}`)
        }
      })
    })

    describe("secrets", () => {
      it("never shows an API key, webhook secret or voucher code in a response or a log line", async () => {
        // Vouchers bought synchronously (201 carries the codes) and asynchronously
        // (the webhook, then the order read back with its code), shown to staff and shopper.
        const vouchers = await createVoucherStore(getContainer(), api as AxiosInstance)
        const syncOrderId = await buyVouchers(api as AxiosInstance, vouchers, { quantity: 2 })
        await waitForDeliveredFulfillments(api as AxiosInstance, vouchers, syncOrderId, 1)
        const control = new UgiftmeSandboxControl(ugiftme.url)
        await control.setConfig({ asyncOrders: true, processingDelayMs: 50, webhookTimeScale: 0.001 })
        await api.post(
          "/admin/gifting/ugiftme/webhook",
          { url: `${(api as AxiosInstance).defaults.baseURL}/hooks/gifting/ugiftme` },
          vouchers.fixture.admin
        )
        const asyncOrderId = await buyVouchers(api as AxiosInstance, vouchers, { quantity: 1 })
        await waitForDeliveredFulfillments(api as AxiosInstance, vouchers, asyncOrderId, 1)
        await control.setConfig({ asyncOrders: false })
        for (const orderId of [syncOrderId, asyncOrderId]) {
          await api.get(`/admin/gifting/orders/${orderId}/vouchers`, {
            ...vouchers.fixture.admin,
            ...lenient,
          })
          await api.get(`/admin/orders/${orderId}?fields=*fulfillments,*shipping_methods`, {
            ...vouchers.fixture.admin,
            ...lenient,
          })
          await api.get(`/store/orders/${orderId}?fields=*fulfillments,*shipping_methods`, {
            ...vouchers.fixture.storeHeaders,
            ...lenient,
          })
        }
        await api.get("/admin/gifting/ugiftme/wallet/transactions", { ...vouchers.fixture.admin, ...lenient })

        // Routes that read the configuration, and a partner refusing the key.
        for (const route of [
          "/admin/gifting/status",
          "/admin/gifting/connections",
          "/admin/gifting/ugiftme/webhook",
          "/admin/gifting/ugiftme/wallet",
          `/admin/gifting/orders/${giftOrderId}`,
        ]) {
          await api.get(route, { ...fixture.admin, ...lenient })
        }
        await fetch(`${process.env.GIFTYZET_BASE_URL}/__sandbox/giftyzet/faults`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ kind: "error", status: 401, count: 3 }),
        })
        await api.get("/admin/gifting/connections", { ...fixture.admin, ...lenient })
        await api.post(`/admin/gifting/orders/${giftOrderId}/sync`, {}, { ...fixture.admin, ...lenient })

        capture.stop()
        // The codes UGiftMe issued for these vouchers, and the subscription's signing secret.
        const issued = await new UgiftmeClient({
          baseUrl: ugiftme.url,
          apiKey: CANARY.ugiftmeApiKey,
        }).listOrders({
          limit: 100,
        })
        const codes = issued.orders.flatMap((order) =>
          order.merchant?.voucherCode
            ? [{ name: `voucher code of ${order._id}`, value: order.merchant.voucherCode }]
            : []
        )
        expect(codes).toHaveLength(3)
        const [subscription] = await giftingModule(getContainer()).listVoucherWebhooks({})
        const leaks = scanner.leaks([
          ...codes,
          { name: "webhook subscription secret", value: subscription.secret },
        ])
        expect(leaks).toEqual([])
        printSummary("security (access, fuzzing, secrets)", {
          fuzz_cases: counts.fuzz_cases,
          server_errors_found: counts.server_errors,
          ids_medusa_itself_answers_500: counts.medusa_server_errors,
          unauthenticated_admin_calls_refused: counts.unauthenticated_admin_calls,
          texts_scanned: scanner.count,
          voucher_codes_watched: codes.length,
          leaks_found: leaks.length,
        })
      })
    })
  },
})
