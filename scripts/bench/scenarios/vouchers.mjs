// Scenario 5: the voucher path. A GBP voucher product sold with "Digital
// voucher by email" (set up through the Admin API), UGiftMe in asynchronous
// mode with webhooks to the store, and a burst of voucher orders while UGiftMe
// answers some purchases with 500 before acting, some after debiting the
// wallet (500 or a dropped connection), and some with 429 from its rate
// limiter. Vouchers bought per unit, and the webhook handler's latency as
// UGiftMe measures it (it gives a subscriber 5 s).
import { DEMO_SHOPPER } from "../../demo/storefront.mjs"
import { BENCH_UGIFTME_KEY } from "../sandboxes.mjs"
import { mapLimit, shopperEmail } from "../checkout.mjs"
import { round, summary } from "../stats.mjs"

const UGIFTME_PROVIDER = "ugiftme_ugiftme"
const UNITS_PER_ORDER = 2
const BURST_CONCURRENCY = 8
const SETTLE_TIMEOUT_MS = 5 * 60_000
const WEBHOOK_WINDOW_MS = 5_000
const GB_ADDRESS = { ...DEMO_SHOPPER.address, city: "London", postal_code: "SW1A 1AA", country_code: "gb" }

async function setUpVoucherProduct({ admin, seed }) {
  await admin.post(`/admin/stock-locations/${seed.stock_location_id}/fulfillment-providers`, {
    add: [UGIFTME_PROVIDER],
  })
  const { fulfillment_options } = await admin.get(`/admin/fulfillment-providers/${UGIFTME_PROVIDER}/options`)
  const { shipping_option } = await admin.post("/admin/shipping-options", {
    name: "Digital voucher by email",
    price_type: "flat",
    service_zone_id: seed.service_zone_id,
    shipping_profile_id: seed.shipping_profile_id,
    provider_id: UGIFTME_PROVIDER,
    type: { label: "Voucher", description: "Emailed by UGiftMe", code: "voucher-email" },
    data: fulfillment_options[0],
    prices: [{ currency_code: "gbp", amount: 0 }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })
  const { product } = await admin.post("/admin/products", {
    title: "Amazon.co.uk voucher £25",
    status: "published",
    shipping_profile_id: seed.shipping_profile_id,
    options: [{ title: "Value", values: ["£25"] }],
    variants: [
      {
        title: "£25",
        options: { Value: "£25" },
        manage_inventory: false,
        prices: [{ currency_code: "gbp", amount: 25 }],
      },
    ],
    sales_channels: [{ id: seed.sales_channel_id }],
  })
  const variantId = product.variants[0].id
  await admin.post("/admin/gifting/voucher-products", {
    variant_id: variantId,
    product_code: "AMAZON_UK_STD",
  })
  return { variantId, shippingOptionId: shipping_option.id }
}

async function prepareVoucherCart(store, { regionId, variantId, shippingOptionId }) {
  const { cart } = await store.post("/store/carts", {
    region_id: regionId,
    email: shopperEmail(),
    items: [{ variant_id: variantId, quantity: UNITS_PER_ORDER }],
    shipping_address: GB_ADDRESS,
    billing_address: GB_ADDRESS,
  })
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: shippingOptionId,
    data: { recipient_email: "friend@example.com", recipient_name: "A Friend", gift_message: "Enjoy!" },
  })
  const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  return cart.id
}

async function waitForSettled(database, orderIds, progress) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  let lastReport = 0
  for (;;) {
    const rows = await database.query(
      `SELECT status, count(*)::int AS n FROM voucher_order
       WHERE order_id = ANY($1) AND deleted_at IS NULL GROUP BY status`,
      [orderIds]
    )
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row.n]))
    const total = rows.reduce((sum, row) => sum + row.n, 0)
    const settled = (byStatus.succeeded ?? 0) + (byStatus.failed ?? 0)
    if ((total === orderIds.length * UNITS_PER_ORDER && settled === total) || Date.now() > deadline) {
      return byStatus
    }
    if (Date.now() - lastReport > 15_000) {
      progress(
        `vouchers: ${JSON.stringify(byStatus)} (unsettled units are replayed by the poll job each minute)`
      )
      lastReport = Date.now()
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export async function runVouchers({ store, admin, seed, database, sandboxes, baseUrl, options, progress }) {
  const count = options.vouchers
  const region = seed.regions.find((candidate) => candidate.currency_code === "gbp")
  const product = await setUpVoucherProduct({ admin, seed })
  await sandboxes.ugiftme("POST", "/config", {
    asyncOrders: true,
    processingDelayMs: 100,
    webhookTimeScale: 0.001,
  })
  await admin.post("/admin/gifting/ugiftme/webhook", { url: `${baseUrl}/hooks/gifting/ugiftme` })

  const carts = await mapLimit(Array.from({ length: count }), 4, () =>
    prepareVoucherCart(store, { regionId: region.id, ...product })
  )
  const units = count * UNITS_PER_ORDER
  const faults = {
    errors_before_acting: Math.round(units * 0.1),
    debit_then_500: Math.round(units * 0.05),
    rate_limit: { limit: 10, windowMs: 1000 },
  }
  await sandboxes.ugiftme("POST", "/faults/errors", {
    count: faults.errors_before_acting,
    status: 500,
    method: "POST",
    path: "/orders",
  })
  await sandboxes.ugiftme("POST", "/faults/debit-then-fail", { count: faults.debit_then_500, mode: "error" })
  await sandboxes.ugiftme("POST", "/rate-limits", { orders: faults.rate_limit })

  const before = await sandboxes.ugiftme("GET", "/counters")
  const orderIds = (
    await mapLimit(carts, BURST_CONCURRENCY, (cartId) => store.post(`/store/carts/${cartId}/complete`))
  ).map((completed) => completed.order.id)
  progress(`vouchers: ${count} orders (${units} units) placed; waiting for every unit to settle…`)
  const byStatus = await waitForSettled(database, orderIds, progress)
  await sandboxes.ugiftme("POST", "/rate-limits", { orders: { limit: 10_000, windowMs: 60_000 } })

  const rows = await database.query(
    `SELECT idempotency_key, status FROM voucher_order WHERE order_id = ANY($1) AND deleted_at IS NULL`,
    [orderIds]
  )
  const counters = await sandboxes.ugiftme("GET", "/counters")
  const purchases = rows.map((row) => counters.ordersByIdempotencyKey[row.idempotency_key] ?? 0)
  const bought = purchases.reduce((sum, value) => sum + value, 0)
  const debitsOf = (snapshot) => snapshot.debits[BENCH_UGIFTME_KEY]?.count ?? 0
  const debits = debitsOf(counters) - debitsOf(before)
  const perUnit = round(debits / units, 3)
  const unitsBoughtTwice = purchases.filter((value) => value > 1).length

  const deliveries = await sandboxes.ugiftme("GET", "/webhook-deliveries")
  const hooks = deliveries.deliveries.filter(
    (delivery) => !delivery.test && delivery.event.startsWith("order.")
  )
  const latency = summary(hooks.map((delivery) => delivery.durationMs))
  return {
    voucher_purchases_per_unit: perUnit,
    voucher_webhook_p99_ms: latency.p99_ms,
    details: {
      orders: count,
      units,
      unit_statuses: byStatus,
      faults: {
        ...faults,
        requests_by_route: counters.requests.byRoute,
      },
      wallet_debits: debits,
      ugiftme_orders_created_for_these_units: bought,
      units_bought_twice: unitsBoughtTwice,
      voucher_purchases_per_unit: perUnit,
      webhook_deliveries: hooks.length,
      webhook_deliveries_answered_2xx: hooks.filter((delivery) => delivery.ok).length,
      webhook_deliveries_answered_202: hooks.filter((delivery) => delivery.statusCode === 202).length,
      webhook_handler_latency: latency,
      webhook_window_ms: WEBHOOK_WINDOW_MS,
      target: "exactly 1.00 wallet debit per unit, no unit bought twice",
      met: perUnit === 1 && unitsBoughtTwice === 0 && byStatus.succeeded === units,
      webhook_target: `handler p99 at most half of UGiftMe's ${WEBHOOK_WINDOW_MS / 1000} s window`,
      webhook_met: (latency.p99_ms ?? Infinity) <= WEBHOOK_WINDOW_MS / 2,
    },
  }
}
