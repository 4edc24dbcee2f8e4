import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startFaultProxy, type FaultProxy } from "../../scripts/bench/fault-proxy"
import pollGiftOrdersJob from "../../src/jobs/poll-gift-orders"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { runJob, seedDueGifts } from "./helpers/due-gifts"
import { printSummary } from "./helpers/summary"

jest.setTimeout(300_000)

// 200 due gifts (the 500 would only make the seed slower: the run
// stops after its first few reads either way).
const GIFTS = 200
const PREFIX = "order_budget_"
/** The client's attempts per read: the first and its three retries. */
const ATTEMPTS_PER_READ = 4
const POLL_CONCURRENCY = 4

// A 3 s budget; the cool-down is out of the way (its own spec covers it).
const giftyzet = useGiftyzetSandbox(
  {},
  { GIFTING_JOB_RUN_BUDGET_MS: "3000", GIFTING_PARTNER_FAILURE_LIMIT: "1000" }
)
let proxy: FaultProxy

beforeAll(async () => {
  // Giftyzet hangs: every read waits for the client's 1 s timeout, four times.
  proxy = await startFaultProxy(giftyzet.sandbox.url, (request) =>
    request.method === "GET" ? { kind: "hang" } : { kind: "pass" }
  )
  process.env.GIFTYZET_BASE_URL = proxy.url
})

afterAll(async () => {
  await proxy?.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it(`with Giftyzet hanging, a poll run over ${GIFTS} due gifts stops starting reads once its budget is spent; the rest stay due`, async () => {
      const container = getContainer()
      const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
      const dueAt = new Date(Date.now() - 60 * 60_000)
      const orderIds = await seedDueGifts(container, PREFIX, GIFTS, dueAt)

      const startedAt = Date.now()
      const run = await runJob(pollGiftOrdersJob, container)
      const endedAt = Date.now()
      const reads = proxy
        .log()
        .filter((entry) => entry.method === "GET" && entry.at >= startedAt && entry.at <= endedAt)

      // Each read takes four timed-out attempts (over 4 s): only the first wave started.
      expect(run.polled).toBeGreaterThanOrEqual(1)
      expect(run.polled).toBeLessThanOrEqual(2 * POLL_CONCURRENCY)
      expect(run.skipped).toBeGreaterThan(0)
      expect(reads.length).toBeGreaterThanOrEqual(run.polled)
      expect(reads.length).toBeLessThanOrEqual(run.polled * ATTEMPTS_PER_READ)

      // The gifts it did not reach are untouched, still due; those it read moved on with backoff.
      const rows = await gifting.listGiftOrders({ order_id: orderIds }, { take: GIFTS })
      const untouched = rows.filter((row) => new Date(row.next_poll_at!).getTime() <= dueAt.getTime())
      expect(untouched.length).toBeGreaterThanOrEqual(GIFTS - run.polled)
      expect(untouched.every((row) => row.job_failures === 0 && row.last_polled_at === null)).toBe(true)
      const read = rows.filter((row) => row.job_failures > 0)
      expect(read.length).toBeGreaterThanOrEqual(run.polled)
      for (const row of read) expect(new Date(row.next_poll_at!).getTime()).toBeGreaterThan(startedAt)

      printSummary("job budget (Giftyzet hangs, 3 s budget)", {
        gift_orders: GIFTS,
        faults_injected_total: reads.length,
        reads_started: run.polled,
        gifts_left_due: untouched.length,
      })
    })
  },
})
