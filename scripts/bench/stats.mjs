// Small statistics over latency samples (milliseconds).

/** The p-th percentile (0–100) by linear interpolation between closest ranks. */
export function percentile(samples, p) {
  if (samples.length === 0) return null
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

export function summary(samples) {
  return {
    n: samples.length,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
    p99_ms: round(percentile(samples, 99)),
    max_ms: round(samples.length ? Math.max(...samples) : null),
  }
}

export function round(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return null
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export function ratio(numerator, denominator, digits = 3) {
  if (!numerator || !denominator) return null
  return round(numerator / denominator, digits)
}
