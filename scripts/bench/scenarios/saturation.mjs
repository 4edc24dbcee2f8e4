// Scenario 6: what the plugin costs a busy store, and how soon the link is
// there. Idle: gift orders one at a time, cart completion → link readable on
// the store route. Saturation: 16 shoppers check out as fast as the store
// lets them (the storefront's five calls each) for a warm-up window of manual
// orders, then six windows alternating gift and manual-shipping orders
// (G M G M G M: every window starts with the shoppers switching kind, so each
// loses the same ramp); a window counts the checkouts of its own kind that
// complete in it. Every gift is created on Giftyzet as
// in production (order.placed), and its link latency is watched meanwhile.
// The store process's CPU time per window (from /proc) gives the CPU per
// checkout of each kind.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { BENCH_RECIPIENT, completeCart, prepareCart } from "../checkout.mjs"
import { watchLinks } from "../link-watch.mjs"
import { ratio, round, summary } from "../stats.mjs"

export const THROUGHPUT_TARGET = 0.95
const PATTERN = ["gift", "manual", "gift", "manual", "gift", "manual"]
const IDLE_LINK_MARGIN_MS = 100

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

  // Idle: one gift order at a time, each waits for its link.
  const idleIds = []
  for (let index = 0; index < options.idleGifts + 1; index++) {
    const { order } = await checkout("gift")
    watcher.add(order.id, Date.now())
    await watcher.until(order.id)
    if (index > 0) idleIds.push(order.id) // the first is warm-up
  }
  const idle = summary(watcher.latencies(idleIds))
  progress(`saturation: idle link latency p50 ${idle.p50_ms} ms (n=${idle.n}); the burst starts…`)

  const windowMs = (options.saturationSeconds * 1000) / PATTERN.length
  const warmupMs = windowMs
  const began = Date.now()
  const windows = PATTERN.map((kind, index) => ({
    kind,
    start: began + warmupMs + index * windowMs,
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
      if (window.cpu_start_ms === null && now >= window.start) window.cpu_start_ms = processCpuMs(storePid)
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
        const counted = windowAt(completedAt)
        samples.push({
          kind,
          window: counted?.kind === kind ? counted : null,
          orderId: order.id,
          completeMs: ms,
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
    const seconds = (kindWindows.length * windowMs) / 1000
    const cpu = kindWindows.every((window) => window.cpu_start_ms !== null && window.cpu_end_ms !== null)
      ? kindWindows.reduce((sum, window) => sum + window.cpu_end_ms - window.cpu_start_ms, 0)
      : null
    return {
      checkouts: placed.length,
      seconds,
      checkouts_per_s: round(placed.length / seconds, 2),
      cart_completion: summary(placed.map((sample) => sample.completeMs)),
      store_cpu_ms_per_checkout: cpu === null ? null : round(cpu / Math.max(1, placed.length), 1),
    }
  }
  const gift = perKind("gift")
  const manual = perKind("manual")
  const throughput = ratio(gift.checkouts_per_s, manual.checkouts_per_s)
  const burstGiftIds = measured.filter((sample) => sample.kind === "gift").map((sample) => sample.orderId)
  const burstLink = summary(watcher.latencies(burstGiftIds))
  const checkoutP50 = summary(measured.map((sample) => sample.completeMs)).p50_ms
  const pluginCpu =
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
      what: `${options.shoppers} shoppers, each checking out (five Store API calls) back to back; a ${round(warmupMs / 1000, 1)} s warm-up, then ${PATTERN.length} windows of ${round(windowMs / 1000, 1)} s (${PATTERN.join(" ")}); a window counts the checkouts of its kind completed in it`,
      shoppers: options.shoppers,
      window_s: round(windowMs / 1000, 1),
      pattern: PATTERN,
      gift,
      manual,
      throughput_ratio: throughput,
      throughput_target: `>= ${THROUGHPUT_TARGET}`,
      throughput_met: throughput !== null && throughput >= THROUGHPUT_TARGET,
      plugin_cpu_ms_per_gift_order: pluginCpu,
      plugin_cpu_fraction_of_checkout:
        pluginCpu === null ? null : ratio(pluginCpu, manual.store_cpu_ms_per_checkout),
      cpu_note:
        "store process CPU (user + system, /proc) per window ÷ checkouts counted in it; gift windows include the Giftyzet creations of their orders (the ones finishing after a window ends fall in the next)",
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
