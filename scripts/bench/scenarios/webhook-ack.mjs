// Scenario 7: how fast the store acknowledges UGiftMe's webhook deliveries,
// against the share route in the same run. Signed deliveries (the store's
// webhook secret) are sent open-loop at a fixed rate — each on its own
// schedule, whatever the previous answer took, as UGiftMe sends them — at 10
// and then 50 per second, with `GET /store/gifting/orders/:id` sent on the
// same schedule in between. Deliveries: an `order.*` report on a voucher the
// store knows (a duplicate of one it applied), one for an order request of
// another store on the account, and `wallet.updated` (applied before the
// answer), in turn. A delivery answered non-2xx or after UGiftMe's 5 s is one
// UGiftMe would deliver again.
import { createHmac, randomUUID } from "node:crypto"
import { ratio, round, summary } from "../stats.mjs"

export const WEBHOOK_ACK_TARGET = 1.5
const UGIFTME_WINDOW_MS = 5_000

function signed(secret, event, payload) {
  const body = JSON.stringify(payload)
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-webhook-event": event,
      "x-webhook-signature": createHmac("sha256", secret).update(body).digest("hex"),
    },
  }
}

function deliveryFor(index, knownRequestIds) {
  const timestamp = new Date().toISOString()
  switch (index % 3) {
    case 0:
      if (knownRequestIds.length) {
        const orderRequestId = knownRequestIds[index % knownRequestIds.length]
        return ["order.succeeded", { orderRequestId, status: "succeeded", timestamp }]
      }
    // falls through: no voucher known, an unknown request instead
    case 1:
      return [
        "order.processing",
        { orderRequestId: `req_other_${randomUUID()}`, status: "processing", timestamp },
      ]
    default:
      return [
        "wallet.updated",
        {
          currency: "GBP",
          balance: 5000 - index,
          availableBalance: 4900 - index,
          source: "bench",
          timestamp,
        },
      ]
  }
}

async function timed(request) {
  const started = performance.now()
  try {
    const response = await request()
    await response.arrayBuffer()
    return { ms: performance.now() - started, status: response.status }
  } catch (error) {
    return { ms: performance.now() - started, status: 0, error: error.message }
  }
}

/** Sends at `rate` per second for `seconds`: deliveries and share-route reads, alternating. */
async function atRate({ baseUrl, publishableKey, secret, giftOrderIds, knownRequestIds, rate, seconds }) {
  const count = Math.max(2, Math.round(rate * seconds))
  const gapMs = 1000 / rate
  const hooks = []
  const share = []
  const began = performance.now()
  const sends = []
  for (let index = 0; index < count; index++) {
    const due = began + index * gapMs
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
    const [event, payload] = deliveryFor(index, knownRequestIds)
    const delivery = signed(secret, event, payload)
    sends.push(
      timed(() =>
        fetch(`${baseUrl}/hooks/gifting/ugiftme`, {
          method: "POST",
          headers: delivery.headers,
          body: delivery.body,
        })
      ).then((result) => hooks.push({ ...result, event }))
    )
    const orderId = giftOrderIds[index % giftOrderIds.length]
    sends.push(
      timed(() =>
        fetch(`${baseUrl}/store/gifting/orders/${orderId}`, {
          headers: { "x-publishable-api-key": publishableKey },
        })
      ).then((result) => share.push(result))
    )
  }
  await Promise.all(sends)
  const hook = summary(hooks.map((result) => result.ms))
  const route = summary(share.map((result) => result.ms))
  const retried = hooks.filter(
    (result) => result.status < 200 || result.status >= 300 || result.ms > UGIFTME_WINDOW_MS
  )
  const p99Ratio = ratio(hook.p99_ms, route.p99_ms)
  return {
    deliveries_per_s: rate,
    seconds,
    webhook: hook,
    share_route: route,
    // Where the time goes, by what the receiver does with the delivery.
    webhook_by_event: Object.fromEntries(
      [...new Set(hooks.map((result) => result.event))].map((event) => [
        event,
        summary(hooks.filter((result) => result.event === event).map((result) => result.ms)),
      ])
    ),
    p99_ratio: p99Ratio,
    p50_ratio: ratio(hook.p50_ms, route.p50_ms),
    answers: Object.fromEntries(
      [...new Set(hooks.map((result) => result.status))].map((status) => [
        status,
        hooks.filter((result) => result.status === status).length,
      ])
    ),
    share_route_errors: share.filter((result) => result.status !== 200).length,
    would_be_delivered_again: retried.length,
    met: p99Ratio !== null && p99Ratio <= WEBHOOK_ACK_TARGET && retried.length === 0,
  }
}

export async function runWebhookAck({ baseUrl, seed, database, options, webhookSecret, progress }) {
  const giftOrderIds = (
    await database.query(
      `SELECT order_id FROM gift_order WHERE deleted_at IS NULL AND recipient_link IS NOT NULL LIMIT 20`
    )
  ).map((row) => row.order_id)
  if (giftOrderIds.length === 0) {
    const reason = "no gift order with a link to read (run it with checkout or saturation)"
    return { webhook_ack_p99_ratio: null, details: { reason, met: false } }
  }
  const knownRequestIds = (
    await database.query(
      `SELECT order_request_id FROM voucher_order WHERE order_request_id IS NOT NULL AND status = 'succeeded' LIMIT 20`
    )
  ).map((row) => row.order_request_id)
  const common = {
    baseUrl,
    publishableKey: seed.publishable_api_key,
    secret: webhookSecret,
    giftOrderIds,
    knownRequestIds,
  }
  // Warm-up: both paths, not measured.
  await atRate({ ...common, rate: 10, seconds: 1 })
  const rates = []
  for (const rate of [10, 50]) {
    progress(`webhook ack: ${rate} deliveries/s for ${options.webhookSeconds} s…`)
    rates.push(await atRate({ ...common, rate, seconds: options.webhookSeconds }))
  }
  const worst = rates.reduce((max, entry) => Math.max(max, entry.p99_ratio ?? Infinity), 0)
  return {
    webhook_ack_p99_ratio: round(worst, 3),
    details: {
      what: "signed UGiftMe deliveries sent open-loop at a fixed rate, with GET /store/gifting/orders/:id on the same schedule; deliveries rotate order.succeeded for a voucher already applied, order.processing of another store's request, wallet.updated",
      known_vouchers: knownRequestIds.length,
      rates,
      target: `webhook p99 <= ${WEBHOOK_ACK_TARGET} × share route p99 at each rate, 0 deliveries answered non-2xx or after ${UGIFTME_WINDOW_MS / 1000} s`,
      met: rates.every((entry) => entry.met),
    },
  }
}
