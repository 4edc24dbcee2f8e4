import { startFaultProxy, type FaultProxy } from "../../scripts/bench/fault-proxy"
import { forEachWithConcurrency } from "../../src/lib/concurrency"
import { startGiftyzetSandbox, type GiftyzetSandbox } from "@medusa-plugin-gifting/sandbox/giftyzet"
import {
  startUgiftmeSandbox,
  UgiftmeSandboxControl,
  type UgiftmeSandbox,
} from "@medusa-plugin-gifting/sandbox/ugiftme"
import { eventually } from "../helpers/giftyzet-sandbox"
import {
  createTestDatabase,
  freePort,
  migrateAndSeed,
  startChildStore,
  type ChildStore,
  type SeedSummary,
  type TestDatabase,
} from "./helpers/child-store"
import { giftyzetObserver } from "./helpers/giftyzet-observer"
import { httpClient, placeOrder, type HttpClient } from "./helpers/http-client"
import { startJobRunners, type JobRunners } from "./helpers/job-runners"
import { freshRedisDatabase, type TestRedisDatabase } from "./helpers/redis-database"
import { CANARY, LeakScanner } from "./helpers/secrets"
import { printSummary } from "./helpers/summary"
import { buyVoucherOrder, setUpVoucherProduct } from "./helpers/voucher-setup"

jest.setTimeout(300_000)

const GIFTS = 24
const MANUALS = 2
const VOUCHER_ORDERS = 6
const VOUCHER_UNITS = 2
const UNITS = VOUCHER_ORDERS * VOUCHER_UNITS
const CHECKOUTS_AT_ONCE = 4
/** Gift orders placed on a `server` process while no worker runs. */
const SPLIT_GIFTS = 3
/** Partner time of a create: an order's first sync is still in flight when the second arrives. */
const CREATE_LATENCY_MS = 300
/** Partner time of a status read while the job runners race: a poll cycle lasts seconds. */
const READ_LATENCY_MS = 400
const RECIPIENT = { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" }
const POLL_JOB = "gifting-poll-gift-orders"

type Kind = "gift" | "manual" | "voucher"

/** The burst's checkouts, each kind spread evenly over it; `index` is the position in the burst. */
function interleave(counts: Record<Kind, number>): { kind: Kind; index: number }[] {
  return (Object.entries(counts) as [Kind, number][])
    .flatMap(([kind, count]) => Array.from({ length: count }, (_, n) => ({ kind, at: (n + 0.5) / count })))
    .sort((a, b) => a.at - b.at)
    .map(({ kind }, index) => ({ kind, index }))
}

const total = (counts: Iterable<number>) => [...counts].reduce((sum, count) => sum + count, 0)

/**
 * Two store processes (`medusa start`, both `shared`: each serves HTTP,
 * handles events and runs scheduled jobs) on one PostgreSQL database and one
 * Redis, with Medusa's Redis event bus, Redis workflow engine and Redis
 * locking (the root medusa-config.ts with REDIS_URL set). A burst of
 * checkouts is spread over both, and each order is synced a second time at
 * once from the other process (staff's "Retry sync" / "Fulfil vouchers"
 * racing the `order.placed` subscriber). Then the scheduled jobs: a real
 * scheduler tick, and two more processes running every job at the same moment.
 * Last, the split deployment: a `server` process takes checkouts while no
 * worker runs (nothing is synced), then a `worker` process starts and handles
 * the events waiting in Redis.
 */
describe("scale-out: two store processes share PostgreSQL and Redis", () => {
  const scanner = new LeakScanner()
  const counts: Record<string, number> = {}
  const placed: Record<Kind, string[]> = { gift: [], manual: [], voucher: [] }
  let giftyzet: GiftyzetSandbox
  let ugiftme: UgiftmeSandbox
  let proxy: FaultProxy
  let database: TestDatabase
  let redis: TestRedisDatabase
  let scaledEnv: NodeJS.ProcessEnv
  let seed: SeedSummary
  let stores: ChildStore[] = []
  let runners: JobRunners | undefined
  let partner: ReturnType<typeof giftyzetObserver>
  let ugiftmeControl: UgiftmeSandboxControl
  let voucherProduct: Awaited<ReturnType<typeof setUpVoucherProduct>>

  beforeAll(async () => {
    const started = Date.now()
    redis = await freshRedisDatabase()
    giftyzet = await startGiftyzetSandbox({ apiKeys: [CANARY.giftyzetApiKey] })
    ugiftme = await startUgiftmeSandbox({ apiKeys: [CANARY.ugiftmeApiKey] })
    ugiftmeControl = new UgiftmeSandboxControl(ugiftme.url)
    proxy = await startFaultProxy(giftyzet.url)
    partner = giftyzetObserver(giftyzet.url, proxy)
    database = await createTestDatabase(`gifting_scale_out_${process.pid}`)
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: "production",
      MEDUSA_ADMIN_DISABLED: "true",
      JWT_SECRET: CANARY.jwtSecret,
      COOKIE_SECRET: CANARY.cookieSecret,
      GIFTYZET_BASE_URL: proxy.url,
      GIFTYZET_API_KEY: CANARY.giftyzetApiKey,
      UGIFTME_BASE_URL: ugiftme.url,
      UGIFTME_API_KEY: CANARY.ugiftmeApiKey,
      UGIFTME_PURCHASE_ON: "placement",
      UGIFTME_WEBHOOK_SECRET: CANARY.ugiftmeWebhookSecret,
    }
    delete baseEnv.REDIS_URL
    delete baseEnv.MEDUSA_WORKER_MODE
    const migrated = await migrateAndSeed(baseEnv)
    seed = migrated.seed
    scanner.add("migrate and seed", migrated.output)

    scaledEnv = { ...baseEnv, REDIS_URL: redis.url, MEDUSA_WORKER_MODE: "shared" }
    await Promise.all(
      [await freePort(), await freePort()].map(async (port) => {
        stores.push(await startChildStore(scaledEnv, port))
      })
    )
    counts.seconds_to_boot = Math.round((Date.now() - started) / 1000)
  })

  /** Stops the store processes and adds what they logged to the leak scan; returns the leaks found. */
  async function stopStoresAndScan(label: string) {
    const outputs = stores.map((store) => store.output())
    await Promise.all(stores.map((store) => store.stop()))
    stores = []
    outputs.forEach((text, index) => scanner.add(`${label} ${index}`, text))
    return scanner.leaks()
  }

  afterAll(async () => {
    runners?.kill()
    await Promise.all(stores.map((store) => store.kill()))
    await database?.drop()
    await redis?.flush()
    await proxy?.close()
    await giftyzet?.close()
    await ugiftme?.close()
  })

  it("a burst of orders over both processes, each synced again at once by the other: one Giftyzet order per gift, one purchase per voucher unit", async () => {
    const started = Date.now()
    const storeApis = stores.map((store) =>
      httpClient(store.baseUrl, { "x-publishable-api-key": seed.publishable_api_key }, scanner)
    )
    const { token } = await httpClient(stores[0].baseUrl, {}, scanner).post<{ token: string }>(
      "/auth/user/emailpass",
      { email: seed.admin.email, password: seed.admin.password }
    )
    // One sign-in serves both processes: they share the JWT secret.
    const adminApis: HttpClient[] = stores.map((store) =>
      httpClient(store.baseUrl, { authorization: `Bearer ${token}` }, scanner)
    )
    voucherProduct = await setUpVoucherProduct(adminApis[0], seed)
    await partner.addLatency(CREATE_LATENCY_MS, { method: "POST", path_prefix: "/api/plugin/v1/orders" })
    await ugiftmeControl.setConfig({ orderLatencyMs: CREATE_LATENCY_MS })

    // Checkouts alternate between the processes, four at a time; right after each one,
    // the other process is asked to sync the same order.
    const checkouts = interleave({ gift: GIFTS, voucher: VOUCHER_ORDERS, manual: MANUALS })
    const burst = await forEachWithConcurrency(checkouts, CHECKOUTS_AT_ONCE, async ({ kind, index }) => {
      const [own, other] = index % 2 === 0 ? [0, 1] : [1, 0]
      const orderId =
        kind === "voucher"
          ? await buyVoucherOrder(
              storeApis[own],
              seed,
              voucherProduct,
              VOUCHER_UNITS,
              `voucher-buyer-${index}@example.com`
            )
          : await placeOrder(storeApis[own], seed, {
              gift: kind === "gift",
              shippingData: kind === "gift" ? RECIPIENT : undefined,
            })
      placed[kind].push(orderId)
      if (kind === "gift") await adminApis[other].post(`/admin/gifting/orders/${orderId}/sync`)
      if (kind === "voucher") await adminApis[other].post(`/admin/gifting/orders/${orderId}/vouchers/fulfill`)
    })
    expect(burst.failed.map(({ error }) => String(error))).toEqual([])
    counts.seconds_for_the_burst = Math.round((Date.now() - started) / 1000)

    const count = async (sql: string) => Number((await database.query<{ n: string }>(sql))[0].n)
    await eventually(
      async () =>
        (await count(
          "SELECT count(*) AS n FROM gift_order WHERE sync_state = 'synced' AND deleted_at IS NULL"
        )) === GIFTS,
      120_000
    )
    await eventually(
      async () =>
        (await count(
          "SELECT count(*) AS n FROM voucher_order WHERE status = 'succeeded' AND deleted_at IS NULL"
        )) === UNITS,
      120_000
    )
    await partner.clearFaults()
    await ugiftmeControl.setConfig({ orderLatencyMs: 0 })

    // Giftyzet's side: one order per gift and none else; the racing sync waited for the
    // first one's lock, found the gift synced and sent nothing.
    const orders = await partner.orders()
    expect(placed.gift.map((id) => orders.filter((order) => order.external_order_id === id).length)).toEqual(
      placed.gift.map(() => 1)
    )
    expect(orders).toHaveLength(GIFTS)
    const createCalls = await Promise.all(placed.gift.map(partner.createCalls))
    expect(createCalls).toMatchObject(placed.gift.map(() => ({ received: 1, accepted: 1, conflicts: 0 })))

    // UGiftMe's side: one order, one debit and one purchase request per unit.
    const units = await database.query<{ idempotency_key: string }>(
      "SELECT idempotency_key FROM voucher_order WHERE deleted_at IS NULL"
    )
    expect(units).toHaveLength(UNITS)
    const counters = await ugiftmeControl.counters()
    const debits = counters.debits[CANARY.ugiftmeApiKey]?.count ?? 0
    const purchaseRequests = total(
      Object.entries(counters.requests.byRoute)
        .filter(([route]) => /^POST \S*\/orders$/.test(route))
        .map(([, requests]) => requests)
    )
    expect(units.map((unit) => counters.ordersByIdempotencyKey[unit.idempotency_key])).toEqual(
      units.map(() => 1)
    )
    expect(debits).toBe(UNITS)
    expect(counters.ordersCreated).toBe(UNITS)
    expect(purchaseRequests).toBe(UNITS)

    Object.assign(counts, {
      racing_syncs_from_the_other_process: placed.gift.length + placed.voucher.length,
      giftyzet_orders: orders.length,
      giftyzet_create_calls: total(createCalls.map((calls) => calls.received)),
      wallet_debits: debits,
      ugiftme_purchase_requests: purchaseRequests,
      duplicates_found: orders.length - GIFTS + (debits - UNITS),
    })
  })

  it("a scheduler tick polls in one process only: each due gift is read once", async () => {
    // Two more processes boot meanwhile, for the next test.
    runners = await startJobRunners(scaledEnv, 2)
    const from = Date.now()
    await database.query(
      "UPDATE gift_order SET next_poll_at = $1 WHERE status = 'pending' AND deleted_at IS NULL",
      [new Date(from)]
    )
    // The next minute's tick, in whichever process takes it.
    await eventually(async () => {
      const [row] = await database.query<{ n: string }>(
        "SELECT count(*) AS n FROM gift_order WHERE last_polled_at >= $1 AND deleted_at IS NULL",
        [new Date(from)]
      )
      return Number(row.n) === GIFTS
    }, 150_000)
    const reads = partner.statusReads(from, Date.now())
    expect(placed.gift.map((id) => reads.get(id))).toEqual(placed.gift.map(() => 1))
    counts.gift_reads_by_a_scheduler_tick = total(reads.values())
    counts.concurrent_job_runs_found = total(reads.values()) - GIFTS
  })

  it("two processes fire every job at the same moment: one poll runs, each due gift is read once", async () => {
    await runners!.ready()
    // Each read takes a while: the poll cycle outlasts the other process's wait for the job's lock.
    await partner.addLatency(READ_LATENCY_MS, { method: "GET" })
    const from = Date.now()
    await database.query(
      "UPDATE gift_order SET next_poll_at = $1 WHERE status = 'pending' AND deleted_at IS NULL",
      [new Date(from - 1000)]
    )
    await runners!.go()
    const reports = await runners!.reports()
    const reads = partner.statusReads(from, Date.now())
    await partner.clearFaults()
    runners!.outputs().forEach((text, index) => scanner.add(`job runner ${index}`, text))

    const polls = reports.map((report) => report.find((run) => run.job === POLL_JOB)!)
    expect(Math.abs(polls[0].started_at - polls[1].started_at)).toBeLessThan(1000)
    expect(placed.gift.map((id) => reads.get(id))).toEqual(placed.gift.map(() => 1))
    // At most one did the work (none if a tick of the stores held the job just then).
    expect(polls.filter((run) => run.ran).length).toBeLessThanOrEqual(1)

    const leaks = await stopStoresAndScan("store process")
    expect(leaks).toEqual([])

    printSummary("scale-out (two shared store processes on PostgreSQL + Redis)", {
      processes: 2,
      gift_orders: GIFTS,
      manual_orders: MANUALS,
      voucher_units: UNITS,
      ...counts,
      job_runs_fired_at_once: reports.flat().length,
      gift_polls_done_of_two_fired: polls.filter((run) => run.ran).length,
      gift_reads_when_fired_at_once: total(reads.values()),
      concurrent_job_runs_found: counts.concurrent_job_runs_found + total(reads.values()) - GIFTS,
      texts_scanned: scanner.count,
      leaks_found: leaks.length,
    })
  })
  it("a server process and a worker process: the server takes the checkouts, the worker (started later) creates the gifts and buys the vouchers", async () => {
    runners?.kill()
    const serverStore = await startChildStore(
      { ...scaledEnv, MEDUSA_WORKER_MODE: "server" },
      await freePort()
    )
    stores.push(serverStore)
    const storeApi = httpClient(
      serverStore.baseUrl,
      { "x-publishable-api-key": seed.publishable_api_key },
      scanner
    )
    const placedOnServer = { gift: [] as string[], voucher: [] as string[] }
    for (let n = 0; n < SPLIT_GIFTS; n++) {
      placedOnServer.gift.push(await placeOrder(storeApi, seed, { gift: true, shippingData: RECIPIENT }))
    }
    placedOnServer.voucher.push(
      await buyVoucherOrder(storeApi, seed, voucherProduct, VOUCHER_UNITS, "split-buyer@example.com")
    )
    const ofThese = (table: "gift_order" | "voucher_order", orderIds: string[], where: string) =>
      database
        .query<{ n: string }>(
          `SELECT count(*) AS n FROM ${table} WHERE order_id = ANY($1) AND ${where} AND deleted_at IS NULL`,
          [orderIds]
        )
        .then(([row]) => Number(row.n))
    // A server process runs no subscriber: order.placed waits in Redis for a worker.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await ofThese("gift_order", placedOnServer.gift, "TRUE")).toBe(0)
    expect(await ofThese("voucher_order", placedOnServer.voucher, "TRUE")).toBe(0)

    const workerStore = await startChildStore(
      { ...scaledEnv, MEDUSA_WORKER_MODE: "worker" },
      await freePort()
    )
    stores.push(workerStore)
    await eventually(
      async () => (await ofThese("gift_order", placedOnServer.gift, "sync_state = 'synced'")) === SPLIT_GIFTS,
      120_000
    )
    await eventually(
      async () =>
        (await ofThese("voucher_order", placedOnServer.voucher, "status = 'succeeded'")) === VOUCHER_UNITS,
      120_000
    )
    const orders = await partner.orders()
    const createCalls = await Promise.all(placedOnServer.gift.map(partner.createCalls))
    expect(createCalls).toMatchObject(
      placedOnServer.gift.map(() => ({ received: 1, accepted: 1, conflicts: 0 }))
    )
    expect(
      placedOnServer.gift.map((id) => orders.filter((order) => order.external_order_id === id).length)
    ).toEqual(placedOnServer.gift.map(() => 1))
    const counters = await ugiftmeControl.counters()
    const debits = counters.debits[CANARY.ugiftmeApiKey]?.count ?? 0
    expect(debits).toBe(UNITS + VOUCHER_UNITS)
    const creates = total(createCalls.map((calls) => calls.received))

    const leaks = await stopStoresAndScan("server/worker process")
    expect(leaks).toEqual([])
    printSummary("scale-out (a server and a worker process on PostgreSQL + Redis)", {
      processes: 2,
      gift_orders: SPLIT_GIFTS,
      voucher_units: VOUCHER_UNITS,
      giftyzet_create_calls: creates,
      duplicates_found: creates - SPLIT_GIFTS + (debits - UNITS - VOUCHER_UNITS),
      texts_scanned: scanner.count,
      leaks_found: leaks.length,
    })
  })
})
