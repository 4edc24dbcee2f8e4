import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import {
  isGiftyzetCreate,
  PASS,
  randomFaults,
  startFaultProxy,
  type FaultProxy,
} from "../../scripts/bench/fault-proxy"
import retryGiftSyncJob from "../../src/jobs/retry-gift-sync"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { createStoreFixture, providerOption, type StoreFixture } from "../helpers/store-fixture"
import { compactCheckout } from "./helpers/http-client"
import { CANARY, captureOutput, LeakScanner, scanResponses } from "./helpers/secrets"
import { printSummary } from "./helpers/summary"

// Sized to finish well inside the timeout on a loaded 2-core machine; the
// 200-order burst with the same invariants is `npm run bench` (exactly-once).
jest.setTimeout(420_000)

const ORDERS = 60
const CHECKOUT_CONCURRENCY = 4
const GIFT_PROVIDER = "giftyzet_giftyzet"
const RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa@example.com",
  gift_message: "Enjoy!",
}

/** 30% of creates answer 500 (half of them after Giftyzet stored the order), 10% time out (half after storing). */
const CREATE_FAULTS = [
  { action: { kind: "status" as const, status: 500 }, rate: 0.15 },
  { action: { kind: "status_after_commit" as const, status: 500 }, rate: 0.15 },
  { action: { kind: "hang" as const }, rate: 0.05 },
  { action: { kind: "hang_after_commit" as const }, rate: 0.05 },
]

const scanner = new LeakScanner()
const giftyzet = useGiftyzetSandbox(
  { apiKeys: [CANARY.giftyzetApiKey] },
  {
    GIFTYZET_API_KEY: CANARY.giftyzetApiKey,
    GIFTYZET_TIMEOUT_MS: "1000",
    UGIFTME_API_KEY: CANARY.ugiftmeApiKey,
    UGIFTME_PURCHASE_ON: "placement",
    UGIFTME_WEBHOOK_SECRET: CANARY.ugiftmeWebhookSecret,
  }
)
let proxy: FaultProxy
let capture: { stop(): void }

// After the sandbox helper, before the app boots: the store talks to Giftyzet through the proxy.
beforeAll(async () => {
  proxy = await startFaultProxy(giftyzet.sandbox.url)
  process.env.GIFTYZET_BASE_URL = proxy.url
  capture = captureOutput(scanner)
})

afterAll(async () => {
  capture?.stop()
  await proxy?.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let giftOptionId: string
    let variantId: string

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
      variantId = (await fixture.createProduct({ title: "Ceramic Gift Mug", price: 24.9 })).variantId
    })

    it(`ends each of ${ORDERS} gift orders with exactly one Giftyzet order and a link while creates fail and time out`, async () => {
      proxy.setPolicy(randomFaults({ seed: 2024, matches: isGiftyzetCreate, faults: CREATE_FAULTS }))
      const orderIds: string[] = []
      let next = 0
      await Promise.all(
        Array.from({ length: CHECKOUT_CONCURRENCY }, async () => {
          while (next < ORDERS) {
            next++
            const order_id = await compactCheckout(api as AxiosInstance, {
              storeHeaders: fixture.storeHeaders,
              regionId: fixture.region.id,
              variantId,
              shippingOptionId: giftOptionId,
              shippingData: RECIPIENT,
            })
            orderIds.push(order_id)
          }
        })
      )
      expect(orderIds).toHaveLength(ORDERS)

      // What order.placed could not finish is retried by the retry job once due.
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      let retryRuns = 0
      await eventually(async () => {
        const rows = await gifting.listGiftOrders({ order_id: orderIds }, { take: ORDERS })
        const failed = rows.filter((row) => row.sync_state === "failed")
        if (failed.length) {
          await gifting.updateGiftOrders(
            failed.map(({ id }) => ({ id, next_attempt_at: new Date(Date.now() - 1000) }))
          )
          await retryGiftSyncJob(getContainer())
          retryRuns++
        }
        return (
          rows.length === ORDERS && rows.every((row) => row.sync_state === "synced" && row.recipient_link)
        )
      }, 240_000)
      const injected = proxy.counts()
      proxy.setPolicy(PASS)

      const { create_calls: calls } = await giftyzet.control<{
        create_calls: Record<string, { accepted: number; conflicts: number }>
      }>("GET", "/create-calls")
      const accepted = orderIds.map((id) => calls[id]?.accepted ?? 0)
      expect(accepted).toEqual(orderIds.map(() => 1))
      const { orders } = await giftyzet.control<{ orders: { external_order_id: string }[] }>("GET", "/orders")
      const partnerIds = orders.map((order) => order.external_order_id)
      expect(new Set(partnerIds).size).toBe(partnerIds.length)
      // The lost answers were adopted through Giftyzet's 409, not created twice.
      const adopted = orderIds.filter((id) => calls[id].conflicts > 0).length
      expect(adopted).toBeGreaterThan(0)
      expect((injected["status:500"] ?? 0) + (injected["status_after_commit:500"] ?? 0)).toBeGreaterThan(0)
      expect((injected.hang ?? 0) + (injected.hang_after_commit ?? 0)).toBeGreaterThan(0)

      for (const orderId of orderIds.slice(0, 20)) {
        const { data } = await api.get(`/store/gifting/orders/${orderId}`, fixture.storeHeaders)
        expect(data.gift_order.recipient_link).toContain("/gift-receiver/")
      }
      // Staff views of the same gifts, for the secret scan below.
      await api.get(`/admin/gifting/orders/${orderIds[0]}`, fixture.admin)
      await api.get("/admin/gifting/gift-orders?limit=50", fixture.admin)
      await api.get("/admin/gifting/status", fixture.admin)
      await api.get("/admin/gifting/connections", fixture.admin)

      capture.stop()
      const leaks = scanner.leaks()
      expect(leaks).toEqual([])
      printSummary("faults (30% of creates 500, 10% time out)", {
        gift_orders: ORDERS,
        create_requests: proxy.log().filter((entry) => isGiftyzetCreate({ ...entry, index: 0 })).length,
        faults_injected_total: Object.entries(injected)
          .filter(([name]) => name !== "pass")
          .reduce((sum, [, count]) => sum + count, 0),
        faults_injected: Object.entries(injected)
          .filter(([name]) => name !== "pass")
          .map(([name, count]) => `${name} ${count}`)
          .join(", "),
        answers_lost_then_adopted: adopted,
        retry_job_runs: retryRuns,
        duplicates_found:
          accepted.filter((count) => count > 1).length + (partnerIds.length - new Set(partnerIds).size),
        texts_scanned: scanner.count,
        leaks_found: leaks.length,
      })
    })
  },
})
