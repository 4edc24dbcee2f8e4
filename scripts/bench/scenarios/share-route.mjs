// Scenario 4: the share-link route `GET /store/gifting/orders/:id` against
// Medusa's own `GET /store/orders/:id` for the same orders, under the same
// load: requests to both routes are shuffled together and sent by the same
// concurrent clients. The partner must never be called on this path.
import { BENCH_RECIPIENT, completeCart, mapLimit, prepareCart } from "../checkout.mjs"
import { waitFor } from "../../demo/http.mjs"
import { seededRandom } from "../ts.mjs"
import { ratio, summary } from "../stats.mjs"

const CONCURRENCY = 8
const SHARE_ROUTE_TARGET = 1.0

const ORDERS = 20

/** Gift orders placed here when the checkout scenario did not run. */
async function placeGiftOrders(store, seed, database) {
  const region = seed.regions.find((candidate) => candidate.currency_code === "eur")
  const orderIds = []
  for (let index = 0; index < ORDERS; index++) {
    const cartId = await prepareCart(store, {
      regionId: region.id,
      variantId: seed.product.variant_ids[0],
      shippingOptionId: seed.shipping_options.gift,
      shippingData: BENCH_RECIPIENT,
    })
    orderIds.push((await completeCart(store, cartId)).order.id)
  }
  await waitFor(
    async () => {
      const rows = await database.query(
        `SELECT count(*)::int AS n FROM gift_order WHERE order_id = ANY($1) AND sync_state = 'synced'`,
        [orderIds]
      )
      return rows[0].n === orderIds.length
    },
    { timeoutMs: 60_000, intervalMs: 250, what: "the share-route gift orders to sync" }
  )
  return orderIds
}

export async function runShareRoute({ store, seed, database, proxy, options, progress, giftOrderIds }) {
  const orderIds = giftOrderIds.length
    ? giftOrderIds.slice(0, ORDERS)
    : await placeGiftOrders(store, seed, database)
  // Keep the poll job away from these gifts during the run, so every partner
  // request seen for them would come from the routes.
  await database.query(
    `UPDATE gift_order SET next_poll_at = now() + interval '1 day' WHERE order_id = ANY($1)`,
    [orderIds]
  )
  const random = seededRandom(11)
  const requests = []
  for (let index = 0; index < options.shareRequests; index++) {
    const orderId = orderIds[index % orderIds.length]
    requests.push({ route: "gifting", path: `/store/gifting/orders/${orderId}` })
    requests.push({ route: "order", path: `/store/orders/${orderId}` })
  }
  for (let index = requests.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1))
    ;[requests[index], requests[swap]] = [requests[swap], requests[index]]
  }

  // Warm both routes up, then measure.
  await mapLimit(requests.slice(0, 40), CONCURRENCY, (request) => store.get(request.path))
  const partnerBefore = proxy.log().length
  const samples = { gifting: [], order: [] }
  const started = Date.now()
  await mapLimit(requests, CONCURRENCY, async (request, index) => {
    const begin = performance.now()
    await store.get(request.path)
    samples[request.route].push(performance.now() - begin)
    if ((index + 1) % 400 === 0) progress(`share route: ${index + 1}/${requests.length} requests`)
  })
  const seconds = (Date.now() - started) / 1000
  const partnerCalls = proxy
    .log()
    .slice(partnerBefore)
    .filter((entry) => orderIds.some((id) => entry.url.includes(id))).length

  const gifting = summary(samples.gifting)
  const order = summary(samples.order)
  const shareRatio = ratio(gifting.p50_ms, order.p50_ms)
  return {
    share_route_ratio: shareRatio,
    details: {
      what: `GET /store/gifting/orders/:id vs GET /store/orders/:id, same ${orderIds.length} gift orders, shuffled together, ${CONCURRENCY} concurrent clients`,
      requests_per_route: options.shareRequests,
      throughput_requests_per_s: Math.round((requests.length / seconds) * 10) / 10,
      share_route: gifting,
      store_order_route: order,
      ratio_p50: shareRatio,
      ratio_p95: ratio(gifting.p95_ms, order.p95_ms),
      partner_calls_for_these_orders: partnerCalls,
      target: `ratio_p50 <= ${SHARE_ROUTE_TARGET} and 0 partner calls`,
      met: shareRatio !== null && shareRatio <= SHARE_ROUTE_TARGET && partnerCalls === 0,
    },
  }
}
