// Scenario 6: what the plugin costs a busy store, and how soon the link is
// there. Idle: gift and manual-shipping orders one at a time, in pairs of
// random order: cart completion → link readable on the store route, and the
// store process's CPU time (from /proc) per order, from before its checkout
// until its work has settled (a gift's Giftyzet creation and recipient
// notification included), so gift − manual is the plugin's CPU per gift
// order. Saturation: 16 shoppers check out as fast as the store lets them
// (the storefront's five calls each) for a warm-up window of manual orders,
// then six windows alternating gift and manual-shipping orders (G M G M G M:
// every window starts with the shoppers switching kind, so each loses the
// same ramp). A checkout belongs to the window it started in, and its kind is
// that window's: each window counts every checkout started in it, however
// late it completes, so no checkout is lost at a window's edge. Every gift is
// created on Giftyzet as in production (order.placed), and its link latency is
// watched meanwhile.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { BENCH_RECIPIENT, completeCart, prepareCart } from "../checkout.mjs"
import { watchLinks } from "../link-watch.mjs"
import { ratio, round, summary } from "../stats.mjs"

export const THROUGHPUT_TARGET = 0.95
const PATTERN = ["gift", "manual", "gift", "manual", "gift", "manual"]
const IDLE_LINK_MARGIN_MS = 100
/** After an idle order's link (or completion), the time its background work gets to settle. */
const IDLE_SETTLE_MS = 400
/** The first part of each window, where shoppers still finish the other kind's checkouts: not counted. */
const RAMP_FRACTION = 1 / 3

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const mean = (values) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100
  } catch {
    return 100
  }
})()

/** CPU time (ms) the process `pid` and its waited-for children used so far, or null off Linux. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    // utime, stime, cutime, cstime are fields 14–17 (1-based), 12–15 here.
    const ticks = fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0)
    return (ticks * 1000) / CLOCK_TICKS
  } catch {
    return null
  }
}

export async function runSaturation({ store, seed, database, storePid, options, progress }) {
  const region = seed.regions.find((candidate) => candidate.currency_code === "eur")
  const variantId = seed.product.variant_ids[0]
  const kinds = {
    gift: { shippingOptionId: seed.shipping_options.gift, shippingData: BENCH_RECIPIENT },
    manual: { shippingOptionId: seed.shipping_options.manual },
  }
  const checkout = async (kind) => {
    const cartId = await prepareCart(store, { regionId: region.id, variantId, ...kinds[kind] })
    return completeCart(store, cartId)
  }
  const watcher = watchLinks({ store, database })

  // Idle: one order at a time, gift and manual in pairs of random order; the
  // first pair is warm-up. The store's CPU is read before the cart is prepared,
  // before it is completed, and IDLE_SETTLE_MS after its completion (a gift's:
  // after its link is readable; the watcher's one share-route read is matched
  // by one for the manual order, which answers 404). The plugin's part is the
  // gift − manual difference from the completion on (the four calls before it
  // are the same for both kinds); a checkout's CPU is the manual order's from
  // the first call on.
  const idleIds = []
  const idleCpu = { gift: [], manual: [] }
  const idleCheckoutCpu = []
  const idleOrder = async (kind, counted) => {
    const cpuBefore = processCpuMs(storePid)
    const cartId = await prepareCart(store, { regionId: region.id, variantId, ...kinds[kind] })
    const cpuAtCompletion = processCpuMs(storePid)
    const { order } = await completeCart(store, cartId)
    if (kind === "gift") {
      watcher.add(order.id, Date.now())
      await watcher.until(order.id)
      if (counted) idleIds.push(order.id)
    } else {
      await store.get(`/store/gifting/orders/${order.id}`).catch(() => null)
    }
    await sleep(IDLE_SETTLE_MS)
    const cpuAfter = processCpuMs(storePid)
    if (!counted || cpuBefore === null || cpuAtCompletion === null || cpuAfter === null) return
    idleCpu[kind].push(cpuAfter - cpuAtCompletion)
    if (kind === "manual") idleCheckoutCpu.push(cpuAfter - cpuBefore)
  }
  for (let index = 0; index < options.idleGifts + 1; index++) {
    const pair = Math.random() < 0.5 ? ["gift", "manual"] : ["manual", "gift"]
    for (const kind of pair) await idleOrder(kind, index > 0)
  }
  const idle = summary(watcher.latencies(idleIds))
  const idleGiftCpu = mean(idleCpu.gift)
  const idleManualCpu = mean(idleCpu.manual)
  const idleCheckout = mean(idleCheckoutCpu)
  const idlePluginCpu =
    idleGiftCpu === null || idleManualCpu === null ? null : round(idleGiftCpu - idleManualCpu, 1)
  progress(
    `saturation: idle link latency p50 ${idle.p50_ms} ms (n=${idle.n}), plugin CPU per gift order ${idlePluginCpu} ms; the burst starts…`
  )

  const windowMs = (options.saturationSeconds * 1000) / PATTERN.length
  const warmupMs = windowMs
  const rampMs = windowMs * RAMP_FRACTION
  const began = Date.now()
  const windows = PATTERN.map((kind, index) => ({
    kind,
    start: began + warmupMs + index * windowMs,
    steady: began + warmupMs + index * windowMs + rampMs,
    end: began + warmupMs + (index + 1) * windowMs,
    cpu_start_ms: null,
    cpu_end_ms: null,
  }))
  const end = windows[windows.length - 1].end
  const windowAt = (at) => windows.find((window) => at >= window.start && at < window.end) ?? null
  const samples = []
  const errors = []
  const cpuTimer = setInterval(() => {
    const now = Date.now()
    for (const window of windows) {
      if (window.cpu_start_ms === null && now >= window.steady) window.cpu_start_ms = processCpuMs(storePid)
      if (window.cpu_end_ms === null && now >= window.end) window.cpu_end_ms = processCpuMs(storePid)
    }
  }, 5)
  const shopper = async () => {
    while (Date.now() < end) {
      const startedAt = Date.now()
      const window = windowAt(startedAt)
      // Warm-up: manual orders, so the first gift window also starts with a switch.
      const kind = window ? window.kind : "manual"
      try {
        const { order, ms } = await checkout(kind)
        const completedAt = Date.now()
        if (kind === "gift") watcher.add(order.id, completedAt)
        samples.push({
          kind,
          // Counted when started in a window's steady part (not the warm-up, not a ramp).
          window: window && startedAt >= window.steady ? window : null,
          orderId: order.id,
          completeMs: ms,
          cycleMs: completedAt - startedAt,
          startedAt,
          completedAt,
        })
      } catch (error) {
        errors.push(error.message)
      }
    }
  }
  await Promise.all(Array.from({ length: options.shoppers }, shopper))
  clearInterval(cpuTimer)
  progress(`saturation: ${samples.length} checkouts placed; waiting for the last links…`)
  const { unread } = await watcher.stop()

  const measured = samples.filter((sample) => sample.window)
  const perKind = (kind) => {
    const kindWindows = windows.filter((window) => window.kind === kind)
    const placed = measured.filter((sample) => sample.kind === kind)
    const seconds = (kindWindows.length * (windowMs - rampMs)) / 1000
    const meanCycleMs = mean(placed.map((sample) => sample.cycleMs))
    const cpu = kindWindows.every((window) => window.cpu_start_ms !== null && window.cpu_end_ms !== null)
      ? kindWindows.reduce((sum, window) => sum + window.cpu_end_ms - window.cpu_start_ms, 0)
      : null
    return {
      checkouts: placed.length,
      checkouts_per_window: kindWindows.map(
        (window) => placed.filter((sample) => sample.window === window).length
      ),
      seconds,
      checkouts_per_s: round(placed.length / seconds, 2),
      mean_checkout_ms: round(meanCycleMs, 1),
      // Little's law for a closed loop: shoppers ÷ the time one checkout takes.
      checkouts_per_s_littles_law: meanCycleMs ? round((options.shoppers * 1000) / meanCycleMs, 2) : null,
      cart_completion: summary(placed.map((sample) => sample.completeMs)),
      store_cpu_ms_per_checkout: cpu === null ? null : round(cpu / Math.max(1, placed.length), 1),
    }
  }
  const gift = perKind("gift")
  const manual = perKind("manual")
  const throughput = ratio(gift.checkouts_per_s_littles_law, manual.checkouts_per_s_littles_law)
  const countedThroughput = ratio(gift.checkouts_per_s, manual.checkouts_per_s)
  const burstGiftIds = measured.filter((sample) => sample.kind === "gift").map((sample) => sample.orderId)
  const burstLink = summary(watcher.latencies(burstGiftIds))
  const checkoutP50 = summary(measured.map((sample) => sample.completeMs)).p50_ms
  const burstPluginCpu =
    gift.store_cpu_ms_per_checkout !== null && manual.store_cpu_ms_per_checkout !== null
      ? round(gift.store_cpu_ms_per_checkout - manual.store_cpu_ms_per_checkout, 1)
      : null
  const idleOverhead = idle.p50_ms === null ? null : round(idle.p50_ms - options.latencyMs, 1)
  return {
    saturation_throughput_ratio: throughput,
    link_latency_idle_p50_ms: idle.p50_ms,
    link_latency_burst_p50_ms: burstLink.p50_ms,
    details: {
      link_idle_met: idle.p50_ms !== null && idle.p50_ms <= options.latencyMs + IDLE_LINK_MARGIN_MS,
      link_burst_met:
        burstLink.p50_ms !== null && checkoutP50 !== null && burstLink.p50_ms <= 2 * checkoutP50,
      what: `${options.shoppers} shoppers, each checking out (five Store API calls) back to back; a ${round(warmupMs / 1000, 1)} s warm-up, then ${PATTERN.length} windows of ${round(windowMs / 1000, 1)} s (${PATTERN.join(" ")}); each window's first ${round(rampMs / 1000, 1)} s is a ramp (shoppers still finish the other kind's checkouts there); a window counts every checkout started in the rest of it (its kind), however late it completes; throughput = shoppers ÷ the mean time of those checkouts (Little's law for a closed loop, free of the rounding of whole checkouts at a window's edge), and, to compare, the count ÷ the steady seconds`,
      shoppers: options.shoppers,
      window_s: round(windowMs / 1000, 1),
      ramp_s: round(rampMs / 1000, 1),
      pattern: PATTERN,
      gift,
      manual,
      throughput_ratio: throughput,
      throughput_ratio_counted: countedThroughput,
      throughput_target: `>= ${THROUGHPUT_TARGET}`,
      throughput_met: throughput !== null && throughput >= THROUGHPUT_TARGET,
      plugin_cpu: {
        what: `store process CPU (user + system, /proc) per idle order from its cart completion until ${IDLE_SETTLE_MS} ms after it answered (a gift: after its link was readable), so a gift's Giftyzet creation and recipient notification are in; gift − manual, as a fraction of a whole manual checkout's CPU (its five calls)`,
        gift_orders: idleCpu.gift.length,
        manual_orders: idleCpu.manual.length,
        gift_completion_ms: round(idleGiftCpu, 1),
        manual_completion_ms: round(idleManualCpu, 1),
        checkout_ms: round(idleCheckout, 1),
        plugin_ms_per_gift_order: idlePluginCpu,
        fraction_of_checkout: idlePluginCpu === null ? null : ratio(idlePluginCpu, idleCheckout),
        burst_plugin_ms_per_gift_order: burstPluginCpu,
        burst_fraction_of_checkout:
          burstPluginCpu === null ? null : ratio(burstPluginCpu, manual.store_cpu_ms_per_checkout),
        burst_note:
          "under the burst: store CPU per window ÷ checkouts started in it; a window's CPU is what ran during it, so a gift window's last Giftyzet creations fall in the next (manual) window and the burst figure understates the plugin",
      },
      plugin_cpu_ms_per_gift_order: idlePluginCpu,
      plugin_cpu_fraction_of_checkout: idlePluginCpu === null ? null : ratio(idlePluginCpu, idleCheckout),
      errors: errors.length,
      first_errors: errors.slice(0, 3),
      link: {
        what: "POST /store/carts/:id/complete answered → GET /store/gifting/orders/:id returns the recipient link",
        sandbox_latency_ms: options.latencyMs,
        idle,
        idle_plugin_overhead_ms: idleOverhead,
        idle_target: `p50 <= sandbox latency + ${IDLE_LINK_MARGIN_MS} ms (${options.latencyMs + IDLE_LINK_MARGIN_MS} ms)`,
        idle_met: idle.p50_ms !== null && idle.p50_ms <= options.latencyMs + IDLE_LINK_MARGIN_MS,
        burst: burstLink,
        burst_checkout_p50_ms: checkoutP50,
        burst_target: `p50 <= 2 × cart completion p50 of the burst (${round(2 * (checkoutP50 ?? 0), 0)} ms)`,
        burst_met: burstLink.p50_ms !== null && checkoutP50 !== null && burstLink.p50_ms <= 2 * checkoutP50,
        unread_after_burst: unread.length,
      },
      met: throughput !== null && throughput >= THROUGHPUT_TARGET,
    },
  }
}
