// Scenario 2: the cost of exactly-once. A burst of gift orders while the
// Giftyzet proxy answers some creates with 429 and 500 (some of the 500s after
// Giftyzet stored the order, so the answer is lost): Giftyzet orders per
// Medusa order, time from the order to its stored recipient link, and how
// fast the backlog drains.
import { BENCH_RECIPIENT, completeCart, mapLimit, prepareCart } from "../checkout.mjs"
import { isGiftyzetCreate, PASS, randomFaults } from "../ts.mjs"
import { round, summary } from "../stats.mjs"

export const CREATE_FAULTS = [
  { action: { kind: "status", status: 429, retryAfter: "1" }, rate: 0.1 },
  { action: { kind: "status", status: 500 }, rate: 0.1 },
  { action: { kind: "status_after_commit", status: 500 }, rate: 0.05 },
]
const BURST_CONCURRENCY = 16
const DRAIN_TIMEOUT_MS = 6 * 60_000

/** Polls the gift rows until every order is synced; returns when each was first seen synced. */
async function watchLinks(database, orderIds, progress) {
  const storedAt = new Map()
  const deadline = Date.now() + DRAIN_TIMEOUT_MS
  let lastReport = 0
  while (storedAt.size < orderIds.length && Date.now() < deadline) {
    const rows = await database.query(
      `SELECT order_id, updated_at FROM gift_order
       WHERE order_id = ANY($1) AND sync_state = 'synced' AND recipient_link IS NOT NULL AND deleted_at IS NULL`,
      [orderIds]
    )
    // A synced row is not written again before its first poll, a minute later:
    // `updated_at` at first sight is when the link was stored.
    for (const row of rows) {
      if (!storedAt.has(row.order_id)) storedAt.set(row.order_id, new Date(row.updated_at).getTime())
    }
    if (Date.now() - lastReport > 10_000) {
      progress(`exactly-once: ${storedAt.size}/${orderIds.length} recipient links stored`)
      lastReport = Date.now()
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return storedAt
}

export async function runExactlyOnce({ store, seed, database, sandboxes, proxy, options, progress }) {
  const count = options.orders
  const region = seed.regions.find((candidate) => candidate.currency_code === "eur")
  const variantId = seed.product.variant_ids[0]
  const carts = await mapLimit(Array.from({ length: count }), 4, async (_, index) => {
    if ((index + 1) % 50 === 0) progress(`exactly-once: prepared ${index + 1}/${count} carts`)
    return prepareCart(store, {
      regionId: region.id,
      variantId,
      shippingOptionId: seed.shipping_options.gift,
      shippingData: BENCH_RECIPIENT,
    })
  })

  proxy.resetLog()
  proxy.setPolicy(randomFaults({ seed: 42, matches: isGiftyzetCreate, faults: CREATE_FAULTS }))
  const burstStarted = Date.now()
  const completions = await mapLimit(carts, BURST_CONCURRENCY, (cartId) => completeCart(store, cartId))
  const burstMs = Date.now() - burstStarted
  const orderIds = completions.map(({ order }) => order.id)
  progress(`exactly-once: ${count} orders placed in ${(burstMs / 1000).toFixed(1)} s; waiting for the links…`)

  const storedAt = await watchLinks(database, orderIds, progress)
  proxy.setPolicy(PASS)
  const createLog = proxy.log().filter((entry) => isGiftyzetCreate({ ...entry, index: 0 }))
  const faultsInjected = proxy.counts()

  const placedRows = await database.query(`SELECT id, created_at FROM "order" WHERE id = ANY($1)`, [orderIds])
  const placedAt = new Map(placedRows.map((row) => [row.id, new Date(row.created_at).getTime()]))
  const delays = orderIds.filter((id) => storedAt.has(id)).map((id) => storedAt.get(id) - placedAt.get(id))

  const { create_calls: calls } = await sandboxes.giftyzet("GET", "/create-calls")
  const accepted = orderIds.map((id) => calls[id]?.accepted ?? 0)
  const totalAccepted = accepted.reduce((sum, value) => sum + value, 0)
  const duplicates = accepted.filter((value) => value > 1).length
  const missing = accepted.filter((value) => value === 0).length
  const unsynced = orderIds.length - storedAt.size

  // Gifts whose first attempt (from order.placed, with the client's own
  // retries) failed wait for the retry job's backoff (1 min, then longer).
  const attemptsRows = await database.query(
    `SELECT order_id, sync_attempts FROM gift_order WHERE order_id = ANY($1) AND deleted_at IS NULL`,
    [orderIds]
  )
  const retried = new Set(attemptsRows.filter((row) => row.sync_attempts > 1).map((row) => row.order_id))
  const firstPlaced = Math.min(...placedAt.values())
  const lastPlaced = Math.max(...placedAt.values())
  const firstPass = [...storedAt].filter(([id]) => !retried.has(id)).map(([, at]) => at)
  const lastFirstPass = firstPass.length ? Math.max(...firstPass) : null
  const creatingAttempts = createLog.length
  const perOrder = round(totalAccepted / count, 3)
  const link = summary(delays)
  const retriedDelays = summary(
    orderIds
      .filter((id) => retried.has(id) && storedAt.has(id))
      .map((id) => storedAt.get(id) - placedAt.get(id))
  )
  return {
    giftyzet_creates_per_order: perOrder,
    details: {
      orders: count,
      faults: {
        policy:
          "each create request independently: 10% 429 (Retry-After 1 s), 10% 500, 5% 500 after Giftyzet stored the order",
        injected: Object.fromEntries(Object.entries(faultsInjected).filter(([name]) => name !== "pass")),
        create_requests: creatingAttempts,
        create_requests_per_order: round(creatingAttempts / count, 2),
      },
      giftyzet_orders_accepted: totalAccepted,
      giftyzet_creates_per_order: perOrder,
      duplicate_orders: duplicates,
      orders_without_giftyzet_order: missing,
      orders_without_link: unsynced,
      order_placed_to_link_stored: link,
      burst: {
        concurrency: BURST_CONCURRENCY,
        placement_s: round(burstMs / 1000, 2),
        placement_orders_per_s: round(count / (Math.max(1, lastPlaced - firstPlaced) / 1000), 1),
      },
      synced_on_first_attempt: firstPass.length,
      synced_by_retry_job: { orders: retried.size, order_placed_to_link_stored: retriedDelays },
      drain: {
        what: "links stored on the first attempt (order.placed), from the first order placed to the last such link",
        window_s: lastFirstPass ? round((lastFirstPass - firstPlaced) / 1000, 2) : null,
        orders_per_s: lastFirstPass
          ? round(firstPass.length / ((lastFirstPass - firstPlaced) / 1000), 1)
          : null,
        lag_after_last_order_s: lastFirstPass ? round((lastFirstPass - lastPlaced) / 1000, 2) : null,
        bound:
          "order.placed runs one sync per order with no concurrency cap, so the first-attempt drain is bounded by the placement rate; " +
          `the retry job (4 at a time, every minute) by 4 / partner latency = ${round(4000 / Math.max(1, options.latencyMs), 0)} creates/s`,
      },
      target: "exactly 1.00 accepted Giftyzet order per Medusa order, 0 duplicates, every order linked",
      met: perOrder === 1 && duplicates === 0 && missing === 0 && unsynced === 0,
    },
  }
}
