// Scenario 1: does "Send as a gift" slow checkout? Carts with the gift option
// and identical carts with the manual one, interleaved in random order within
// each pair, one at a time; only `POST /store/carts/:id/complete` is timed.
import { seededRandom } from "../ts.mjs"
import { BENCH_RECIPIENT, completeCart, prepareCart } from "../checkout.mjs"
import { ratio, summary } from "../stats.mjs"

export const CHECKOUT_OVERHEAD_TARGET = 1.02

export async function runCheckoutOverhead({ store, seed, pairs, warmup = 5, progress }) {
  const region = seed.regions.find((candidate) => candidate.currency_code === "eur")
  const variantId = seed.product.variant_ids[0]
  const kinds = {
    gift: { shippingOptionId: seed.shipping_options.gift, shippingData: BENCH_RECIPIENT },
    manual: { shippingOptionId: seed.shipping_options.manual },
  }
  const once = async (kind) => {
    const cartId = await prepareCart(store, { regionId: region.id, variantId, ...kinds[kind] })
    return completeCart(store, cartId)
  }
  for (let index = 0; index < warmup; index++) {
    await once("gift")
    await once("manual")
  }
  const random = seededRandom(7)
  const samples = { gift: [], manual: [] }
  const orderIds = { gift: [], manual: [] }
  for (let pair = 0; pair < pairs; pair++) {
    const order = random() < 0.5 ? ["gift", "manual"] : ["manual", "gift"]
    for (const kind of order) {
      const { order: placed, ms } = await once(kind)
      samples[kind].push(ms)
      orderIds[kind].push(placed.id)
    }
    if ((pair + 1) % 10 === 0) progress(`checkout overhead: ${pair + 1}/${pairs} pairs`)
  }
  const gift = summary(samples.gift)
  const manual = summary(samples.manual)
  const overhead = ratio(gift.p50_ms, manual.p50_ms)
  return {
    checkout_overhead_ratio: overhead,
    details: {
      what: "POST /store/carts/:id/complete, gift vs manual shipping option, interleaved (random order per pair), sequential",
      pairs,
      warmup_pairs: warmup,
      gift,
      manual,
      ratio_p50: overhead,
      ratio_p95: ratio(gift.p95_ms, manual.p95_ms),
      target: `ratio_p50 <= ${CHECKOUT_OVERHEAD_TARGET}`,
      met: overhead !== null && overhead <= CHECKOUT_OVERHEAD_TARGET,
    },
    orderIds,
  }
}
