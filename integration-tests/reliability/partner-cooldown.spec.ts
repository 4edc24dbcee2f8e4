import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startFaultProxy, type FaultProxy } from "../../scripts/bench/fault-proxy"
import pollGiftOrdersJob from "../../src/jobs/poll-gift-orders"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { runJob, seedDueGifts } from "./helpers/due-gifts"
import { printSummary } from "./helpers/summary"

jest.setTimeout(300_000)

const GIFTS = 50
const PREFIX = "order_cooldown_"
const FAILURE_LIMIT = 5
/** The client's attempts per read: the first and its three retries. */
const ATTEMPTS_PER_READ = 4
const POLL_CONCURRENCY = 4

const giftyzet = useGiftyzetSandbox(
  {},
  { GIFTING_PARTNER_FAILURE_LIMIT: String(FAILURE_LIMIT), GIFTING_PARTNER_COOLDOWN_MS: "600000" }
)
let proxy: FaultProxy

beforeAll(async () => {
  // Giftyzet is down: every read answers 503.
  proxy = await startFaultProxy(giftyzet.sandbox.url, (request) =>
    request.method === "GET" ? { kind: "status", status: 503 } : { kind: "pass" }
  )
  process.env.GIFTYZET_BASE_URL = proxy.url
})

afterAll(async () => {
  await proxy?.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it(`after ${FAILURE_LIMIT} 503s in a row Giftyzet is skipped: no new read starts, the ${GIFTS} gifts stay due`, async () => {
      const container = getContainer()
      const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
      const dueAt = new Date(Date.now() - 60 * 60_000)
      const orderIds = await seedDueGifts(container, PREFIX, GIFTS, dueAt)
      const readsSoFar = () => proxy.log().filter((entry) => entry.method === "GET").length

      const first = await runJob(pollGiftOrdersJob, container)
      const afterFirst = readsSoFar()
      // Reads in flight when the limit was reached finish their attempts; no other starts.
      expect(first.polled).toBeGreaterThanOrEqual(1)
      expect(first.polled).toBeLessThanOrEqual(POLL_CONCURRENCY + FAILURE_LIMIT)
      expect(afterFirst).toBeGreaterThanOrEqual(FAILURE_LIMIT)
      expect(afterFirst).toBeLessThanOrEqual((POLL_CONCURRENCY + FAILURE_LIMIT) * ATTEMPTS_PER_READ)

      // The next tick, within the cool-down, calls Giftyzet not once.
      const second = await runJob(pollGiftOrdersJob, container)
      expect(second.polled).toBe(0)
      expect(readsSoFar()).toBe(afterFirst)

      const rows = await gifting.listGiftOrders({ order_id: orderIds }, { take: GIFTS })
      const untouched = rows.filter((row) => new Date(row.next_poll_at!).getTime() <= dueAt.getTime())
      expect(untouched.length).toBeGreaterThanOrEqual(GIFTS - (POLL_CONCURRENCY + FAILURE_LIMIT))
      expect(untouched.every((row) => row.job_failures === 0)).toBe(true)

      printSummary("partner cool-down (Giftyzet answers 503)", {
        gift_orders: GIFTS,
        faults_injected_total: afterFirst,
        reads_started: first.polled + second.polled,
        gifts_left_due: untouched.length,
      })
    })
  },
})
