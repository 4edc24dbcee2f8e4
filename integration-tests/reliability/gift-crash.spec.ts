import { mkdtemp, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { isGiftyzetCreate, PASS, startFaultProxy, type FaultProxy } from "../../scripts/bench/fault-proxy"
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
  runMedusa,
  startChildStore,
  type ChildStore,
  type TestDatabase,
} from "./helpers/child-store"
import { httpClient, placeOrder } from "./helpers/http-client"
import { CANARY, LeakScanner } from "./helpers/secrets"
import { buyVoucherOrder, setUpVoucherProduct } from "./helpers/voucher-setup"
import { printSummary } from "./helpers/summary"

jest.setTimeout(300_000)

const GIFTS = 12
const MANUALS = 2
const VOUCHER_ORDERS = 3
const VOUCHER_UNITS = 2
const RECIPIENT = { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" }

type CreateCalls = { received: number; accepted: number; conflicts: number }

/**
 * The store dies (SIGKILL) while the Giftyzet creates of freshly placed gift
 * orders are in flight (half never reached Giftyzet, half were stored by
 * Giftyzet with the answer lost) and while voucher purchases hang after
 * UGiftMe debited the wallet. After a restart, reconciliation, the retry job
 * and the voucher poll job finish every gift exactly once and buy every
 * voucher unit once; a second run changes nothing.
 */
describe("crash: the store is killed before its gifts are synced and its vouchers bought", () => {
  const scanner = new LeakScanner()
  let giftyzet: GiftyzetSandbox
  let ugiftme: UgiftmeSandbox
  let proxy: FaultProxy
  let database: TestDatabase
  let store: ChildStore | undefined
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    giftyzet = await startGiftyzetSandbox({ apiKeys: [CANARY.giftyzetApiKey] })
    ugiftme = await startUgiftmeSandbox({ apiKeys: [CANARY.ugiftmeApiKey] })
    proxy = await startFaultProxy(giftyzet.url)
    database = await createTestDatabase(`gifting_crash_${process.pid}`)
    env = {
      ...process.env,
      DATABASE_URL: database.url,
      NODE_ENV: "production",
      MEDUSA_ADMIN_DISABLED: "true",
      JWT_SECRET: CANARY.jwtSecret,
      COOKIE_SECRET: CANARY.cookieSecret,
      GIFTYZET_BASE_URL: proxy.url,
      GIFTYZET_API_KEY: CANARY.giftyzetApiKey,
      // Longer than the test takes to crash the store: the creates are still in flight.
      GIFTYZET_TIMEOUT_MS: "60000",
      UGIFTME_TIMEOUT_MS: "60000",
      UGIFTME_BASE_URL: ugiftme.url,
      UGIFTME_API_KEY: CANARY.ugiftmeApiKey,
      UGIFTME_PURCHASE_ON: "placement",
      UGIFTME_WEBHOOK_SECRET: CANARY.ugiftmeWebhookSecret,
    }
  })

  afterAll(async () => {
    await store?.kill()
    await database?.drop()
    await proxy?.close()
    await giftyzet?.close()
    await ugiftme?.close()
  })

  const createCalls = async (orderId: string): Promise<CreateCalls> => {
    const response = await fetch(`${giftyzet.url}/__sandbox/giftyzet/create-calls/${orderId}`)
    return (await response.json()) as CreateCalls
  }

  async function runJobs(): Promise<{ reconciled: number; retried: number; vouchers_due: number }> {
    const output = path.join(await mkdtemp(path.join(tmpdir(), "gifting-crash-")), "jobs.json")
    scanner.add(
      "medusa exec run-healing-jobs",
      await runMedusa(["exec", "./integration-tests/reliability/scripts/run-healing-jobs.ts"], {
        ...env,
        RELIABILITY_OUTPUT: output,
      })
    )
    return JSON.parse(await readFile(output, "utf8"))
  }

  it("syncs every gift and buys every voucher exactly once after a restart; a second run changes nothing", async () => {
    const { seed, output } = await migrateAndSeed(env)
    scanner.add("migrate and seed", output)
    const port = await freePort()

    // Creates never answer: every other one is stored by Giftyzet first.
    let creates = 0
    proxy.setPolicy((request) => {
      if (!isGiftyzetCreate(request)) return { kind: "pass" }
      return creates++ % 2 === 0 ? { kind: "hang" } : { kind: "hang_after_commit" }
    })
    store = await startChildStore(env, port)
    let storeApi = httpClient(store.baseUrl, { "x-publishable-api-key": seed.publishable_api_key }, scanner)
    const { token } = await httpClient(store.baseUrl, {}, scanner).post<{ token: string }>(
      "/auth/user/emailpass",
      { email: seed.admin.email, password: seed.admin.password }
    )
    const voucherProduct = await setUpVoucherProduct(
      httpClient(store.baseUrl, { authorization: `Bearer ${token}` }, scanner),
      seed
    )
    // Each order's first unit is debited by UGiftMe, then never answered.
    const ugiftmeControl = new UgiftmeSandboxControl(ugiftme.url)
    await ugiftmeControl.debitThenFail(VOUCHER_ORDERS, "hang")
    const voucherOrderIds: string[] = []
    for (let index = 0; index < VOUCHER_ORDERS; index++) {
      voucherOrderIds.push(await buyVoucherOrder(storeApi, seed, voucherProduct, VOUCHER_UNITS))
    }
    const giftIds: string[] = []
    for (let index = 0; index < GIFTS; index++) {
      giftIds.push(await placeOrder(storeApi, seed, { gift: true, shippingData: RECIPIENT }))
    }
    const manualIds: string[] = []
    for (let index = 0; index < MANUALS; index++) {
      manualIds.push(await placeOrder(storeApi, seed, { gift: false }))
    }
    await eventually(async () => creates >= GIFTS, 30_000)
    await eventually(
      async () =>
        ((await ugiftmeControl.counters()).debits[CANARY.ugiftmeApiKey]?.count ?? 0) >= VOUCHER_ORDERS,
      30_000
    )

    await store.kill()
    scanner.add("store output before the crash", store.output())
    store = undefined

    const afterCrash = await database.query<{
      order_id: string
      sync_state: string
      recipient_link: string | null
    }>("SELECT order_id, sync_state, recipient_link FROM gift_order WHERE deleted_at IS NULL")
    expect(afterCrash.filter((row) => row.sync_state === "synced")).toEqual([])
    // The proxy finishes relaying the committed creates on its own: wait for them.
    const storedBeforeCrash = await eventually(async () => {
      const stored = (await Promise.all(giftIds.map(createCalls))).filter((calls) => calls.accepted === 1)
      return stored.length === GIFTS / 2 ? stored : undefined
    })
    expect(storedBeforeCrash).toHaveLength(GIFTS / 2)

    const unitsAfterCrash = await database.query<{ status: string }>(
      "SELECT status FROM voucher_order WHERE deleted_at IS NULL"
    )
    expect(unitsAfterCrash.map((row) => row.status)).toEqual(
      Array.from({ length: VOUCHER_ORDERS * VOUCHER_UNITS }, () => "pending")
    )

    // Time passes: gifts still "waiting" two minutes on were abandoned by their handler.
    await database.query("UPDATE gift_order SET created_at = created_at - interval '3 minutes'")
    proxy.setPolicy(PASS)
    await ugiftmeControl.clearFaults()
    store = await startChildStore(env, port)
    storeApi = httpClient(store.baseUrl, { "x-publishable-api-key": seed.publishable_api_key }, scanner)

    const first = await runJobs()
    expect(first.reconciled).toBe(GIFTS)
    expect(first.vouchers_due).toBe(VOUCHER_ORDERS * VOUCHER_UNITS)

    const calls = await Promise.all(giftIds.map(createCalls))
    expect(calls.map((call) => call.accepted)).toEqual(giftIds.map(() => 1))
    // The gifts Giftyzet already had were adopted (409), not created again.
    expect(calls.filter((call) => call.conflicts > 0)).toHaveLength(GIFTS / 2)
    for (const orderId of giftIds) {
      const answer = await storeApi.request<{ gift_order: { recipient_link: string | null } }>(
        "GET",
        `/store/gifting/orders/${orderId}`
      )
      expect(answer.status).toBe(200)
      expect(answer.body.gift_order.recipient_link).toContain("/gift-receiver/")
    }
    for (const orderId of manualIds) {
      expect((await storeApi.request("GET", `/store/gifting/orders/${orderId}`)).status).toBe(404)
    }

    // Every voucher unit bought once: the hung purchases were replayed with their key.
    const units = await database.query<{ status: string; idempotency_key: string }>(
      "SELECT status, idempotency_key FROM voucher_order WHERE deleted_at IS NULL"
    )
    expect(units.map((row) => row.status)).toEqual(units.map(() => "succeeded"))
    const counters = await ugiftmeControl.counters()
    const debits = counters.debits[CANARY.ugiftmeApiKey]?.count ?? 0
    expect(debits).toBe(VOUCHER_ORDERS * VOUCHER_UNITS)
    expect(units.map((row) => counters.ordersByIdempotencyKey[row.idempotency_key])).toEqual(
      units.map(() => 1)
    )

    const createsBefore = proxy.log().filter((entry) => isGiftyzetCreate({ ...entry, index: 0 })).length
    const second = await runJobs()
    expect(second).toEqual({ reconciled: 0, retried: 0, vouchers_due: 0 })
    expect((await ugiftmeControl.counters()).debits[CANARY.ugiftmeApiKey]?.count).toBe(debits)
    expect(proxy.log().filter((entry) => isGiftyzetCreate({ ...entry, index: 0 })).length).toBe(createsBefore)
    const totalAccepted = (await Promise.all(giftIds.map(createCalls))).reduce(
      (sum, call) => sum + call.accepted,
      0
    )
    expect(totalAccepted).toBe(GIFTS)

    await store.stop()
    scanner.add("store output after the restart", store.output())
    store = undefined
    const leaks = scanner.leaks()
    expect(leaks).toEqual([])
    printSummary("crash (SIGKILL mid-sync, restart, reconcile)", {
      gift_orders: GIFTS,
      manual_orders: MANUALS,
      faults_injected_total: GIFTS + VOUCHER_ORDERS,
      creates_in_flight_at_crash: GIFTS,
      stored_by_giftyzet_before_crash: GIFTS / 2,
      voucher_units: VOUCHER_ORDERS * VOUCHER_UNITS,
      voucher_purchases_hung_after_debit_at_crash: VOUCHER_ORDERS,
      wallet_debits: debits,
      duplicates_found: totalAccepted - GIFTS + (debits - VOUCHER_ORDERS * VOUCHER_UNITS),
      texts_scanned: scanner.count,
      leaks_found: leaks.length,
    })
  })
})
