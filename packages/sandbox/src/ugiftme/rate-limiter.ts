import type { LimiterName, RateLimitRule } from "./types"

/** Messages in the style of the partner's limiters (see the OpenAPI examples). */
export const RATE_LIMIT_MESSAGES: Record<LimiterName, string> = {
  products: "Too many product access attempts, please try again later.",
  webhooks: "Too many webhook configuration attempts, please try again later.",
  wallet: "Too many sensitive operations, please try again later.",
  orders: "Too many order requests, please try again later.",
}

/** Generous by default so ordinary tests never hit them. */
export const DEFAULT_RATE_LIMIT: RateLimitRule = { limit: 10_000, windowMs: 60_000 }

export type RateLimitDecision = {
  allowed: boolean
  headers: Record<string, string>
}

/**
 * Fixed-window limiter, one window per (limiter, API key). Answers carry
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (a Unix
 * timestamp in seconds, as the OpenAPI describes it); a refusal adds
 * `retry-after` in whole seconds.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>()
  private readonly rules: Record<LimiterName, RateLimitRule>

  constructor(rules: Partial<Record<LimiterName, RateLimitRule>> = {}) {
    this.rules = {
      products: rules.products ?? DEFAULT_RATE_LIMIT,
      webhooks: rules.webhooks ?? DEFAULT_RATE_LIMIT,
      wallet: rules.wallet ?? DEFAULT_RATE_LIMIT,
      orders: rules.orders ?? DEFAULT_RATE_LIMIT,
    }
  }

  setRule(name: LimiterName, rule: RateLimitRule): void {
    this.rules[name] = rule
    for (const key of [...this.windows.keys()]) {
      if (key.startsWith(`${name}:`)) this.windows.delete(key)
    }
  }

  getRules(): Record<LimiterName, RateLimitRule> {
    return { ...this.rules }
  }

  reset(): void {
    this.windows.clear()
  }

  hit(name: LimiterName, subject: string, now: number = Date.now()): RateLimitDecision {
    const rule = this.rules[name]
    const key = `${name}:${subject}`
    let window = this.windows.get(key)
    if (!window || now - window.startedAt >= rule.windowMs) {
      window = { startedAt: now, count: 0 }
      this.windows.set(key, window)
    }
    const resetAt = window.startedAt + rule.windowMs
    const allowed = window.count < rule.limit
    if (allowed) window.count += 1
    const headers: Record<string, string> = {
      "RateLimit-Limit": String(rule.limit),
      "RateLimit-Remaining": String(Math.max(0, rule.limit - window.count)),
      "RateLimit-Reset": String(Math.ceil(resetAt / 1000)),
    }
    if (!allowed) {
      headers["Retry-After"] = String(Math.max(1, Math.ceil((resetAt - now) / 1000)))
    }
    return { allowed, headers }
  }
}
