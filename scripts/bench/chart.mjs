// A dependency-free SVG chart: p50 and p95 bars of the side-by-side latency
// comparisons (checkout gift vs manual, share route vs Medusa's order route,
// the burst's cart completions and link latency, webhook answers vs the share route).

function escape(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

export function latencyChart(scenarios) {
  const rows = []
  const checkout = scenarios.checkout_overhead
  if (checkout) {
    rows.push({ label: "Cart completion, gift", stats: checkout.gift })
    rows.push({ label: "Cart completion, manual", stats: checkout.manual })
  }
  const share = scenarios.share_route
  if (share) {
    rows.push({ label: "GET /store/gifting/orders/:id", stats: share.share_route })
    rows.push({ label: "GET /store/orders/:id", stats: share.store_order_route })
  }
  const saturation = scenarios.saturation
  if (saturation) {
    rows.push({ label: "Cart completion, burst, gift", stats: saturation.gift.cart_completion })
    rows.push({ label: "Cart completion, burst, manual", stats: saturation.manual.cart_completion })
    rows.push({ label: "Link readable, idle", stats: saturation.link.idle })
    rows.push({ label: "Link readable, under the burst", stats: saturation.link.burst })
  }
  for (const rate of scenarios.webhook_ack?.rates ?? []) {
    rows.push({ label: `Webhook answer, ${rate.deliveries_per_s}/s`, stats: rate.webhook })
    rows.push({ label: `Share route, same run, ${rate.deliveries_per_s}/s`, stats: rate.share_route })
  }
  if (rows.length === 0) return null

  const width = 760
  const labelWidth = 230
  const barArea = width - labelWidth - 90
  const rowHeight = 44
  const top = 40
  const height = top + rows.length * rowHeight + 30
  const max = Math.max(...rows.map((row) => row.stats.p95_ms ?? 0), 1)
  const scale = (value) => Math.max(1, (value / max) * barArea)
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">Latency, p50 (dark) and p95 (light), ms: same run, same machine</text>`,
  ]
  rows.forEach((row, index) => {
    const y = top + index * rowHeight
    const p50 = row.stats.p50_ms ?? 0
    const p95 = row.stats.p95_ms ?? 0
    parts.push(
      `<text x="10" y="${y + 20}">${escape(row.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${scale(p95)}" height="24" fill="#9ecae1"/>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${scale(p50)}" height="24" fill="#3182bd"/>`,
      `<text x="${labelWidth + scale(p95) + 6}" y="${y + 20}">${p50.toFixed(1)} / ${p95.toFixed(1)}</text>`
    )
  })
  parts.push("</svg>")
  return `${parts.join("\n")}\n`
}
