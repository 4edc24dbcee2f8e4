/**
 * Fault injection for the business API (never for the control endpoints).
 * Each fault is armed through `/__sandbox/ugiftme/faults/...` and consumed by
 * the matching requests.
 */

/** Which API requests a fault applies to; paths are relative to `/api/v1/business`. */
import { FaultRegistry, inScope } from "../common/faults"

export type RequestMatcher = { method?: string; path?: string }

/** What the client sees after an order was created and the wallet debited. */
export type DebitThenFailMode = "error" | "drop" | "hang"

type Armed<T> = T & { remaining: number; hits: number; matcher: RequestMatcher }

function registry<T>(): FaultRegistry<Armed<T>> {
  return new FaultRegistry<Armed<T>>((fault) => ({
    method: fault.matcher.method,
    pathPrefix: fault.matcher.path,
  }))
}

export type RequestFault = { kind: "error"; status: number } | { kind: "hang" }

export type FaultSnapshot = {
  errors: { remaining: number; status: number; matcher: RequestMatcher }[]
  hangs: { remaining: number; matcher: RequestMatcher }[]
  latency: { ms: number; matcher: RequestMatcher } | null
  orderFailures: { remaining: number; reason: string; status: number } | null
  debitThenFail: { remaining: number; mode: DebitThenFailMode } | null
  lostAnswers: { remaining: number; mode: DebitThenFailMode; matcher: RequestMatcher }[]
}

/**
 * Body of an injected error: the route-specific 500 bodies of the OpenAPI
 * examples where there is one, the router fallback otherwise.
 */
export function injectedErrorBody(status: number, method: string, path: string): Record<string, string> {
  const detail = "Injected sandbox fault"
  if (status === 500 && method === "GET" && path === "/products") {
    return { error: "Failed to fetch one or more products", message: detail }
  }
  if (status === 500 && method === "GET" && path === "/products/filters") {
    return { error: "Failed to fetch filters", details: detail }
  }
  if (status === 500 && method === "POST" && path === "/webhooks") {
    return { error: "Failed to register webhook", message: detail }
  }
  if (status === 429) return { error: "Too many requests, please try again later." }
  return { error: "An error occurred", message: detail }
}

export class FaultInjector {
  private readonly errors = registry<{ status: number }>()
  private readonly hangs = registry<object>()
  private latency: { ms: number; matcher: RequestMatcher } | null = null
  private orderFailures: { remaining: number; reason: string; status: number } | null = null
  private debitThenFailFault: { remaining: number; mode: DebitThenFailMode } | null = null
  private readonly lostAnswers = registry<{ mode: DebitThenFailMode }>()

  /** The next `count` matching requests answer `status` (default 500) before doing anything. */
  addErrors(count: number, status: number, matcher: RequestMatcher): void {
    this.errors.add({ remaining: count, hits: 0, status, matcher })
  }

  /** The next `count` matching requests never get an answer. */
  addHangs(count: number, matcher: RequestMatcher): void {
    this.hangs.add({ remaining: count, hits: 0, matcher })
  }

  /** Every matching request waits `ms` first; 0 clears. */
  setLatency(ms: number, matcher: RequestMatcher): void {
    this.latency = ms > 0 ? { ms, matcher } : null
  }

  /** The next `count` orders fail: async requests end "failed", sync creates answer `status`. */
  failNextOrders(count: number, reason: string, status: number): void {
    this.orderFailures = count > 0 ? { remaining: count, reason, status } : null
  }

  /** The next `count` successful creates are committed but answered badly. */
  debitThenFail(count: number, mode: DebitThenFailMode): void {
    this.debitThenFailFault = count > 0 ? { remaining: count, mode } : null
  }

  /**
   * The next `count` matching requests that succeed (2xx) are carried out and
   * committed, and then their answer is lost: a 500, a dropped connection or
   * no answer at all. Any route, e.g. a webhook registration.
   */
  loseAnswers(count: number, mode: DebitThenFailMode, matcher: RequestMatcher): void {
    this.lostAnswers.add({ remaining: count, hits: 0, mode, matcher })
  }

  /** How the answer of a committed request is lost, if a matching fault is armed. */
  takeLostAnswer(method: string, path: string): DebitThenFailMode | undefined {
    return this.lostAnswers.take(method, path)?.mode
  }

  latencyFor(method: string, path: string): number {
    const latency = this.latency
    return latency &&
      inScope({ method: latency.matcher.method, pathPrefix: latency.matcher.path }, method, path)
      ? latency.ms
      : 0
  }

  takeRequestFault(method: string, path: string): RequestFault | undefined {
    const error = this.errors.take(method, path)
    if (error) return { kind: "error", status: error.status }
    return this.hangs.take(method, path) ? { kind: "hang" } : undefined
  }

  takeOrderFailure(): { reason: string; status: number } | undefined {
    if (!this.orderFailures) return undefined
    const { reason, status } = this.orderFailures
    this.orderFailures.remaining -= 1
    if (this.orderFailures.remaining <= 0) this.orderFailures = null
    return { reason, status }
  }

  takeDebitThenFail(): DebitThenFailMode | undefined {
    if (!this.debitThenFailFault) return undefined
    const { mode } = this.debitThenFailFault
    this.debitThenFailFault.remaining -= 1
    if (this.debitThenFailFault.remaining <= 0) this.debitThenFailFault = null
    return mode
  }

  clear(): void {
    this.errors.clear()
    this.hangs.clear()
    this.latency = null
    this.orderFailures = null
    this.debitThenFailFault = null
    this.lostAnswers.clear()
  }

  snapshot(): FaultSnapshot {
    return {
      errors: this.errors
        .list()
        .map((f) => ({ remaining: f.remaining, status: f.status, matcher: f.matcher })),
      hangs: this.hangs.list().map((f) => ({ remaining: f.remaining, matcher: f.matcher })),
      latency: this.latency,
      orderFailures: this.orderFailures ? { ...this.orderFailures } : null,
      debitThenFail: this.debitThenFailFault ? { ...this.debitThenFailFault } : null,
      lostAnswers: this.lostAnswers.list().map((f) => ({
        remaining: f.remaining,
        mode: f.mode,
        matcher: f.matcher,
      })),
    }
  }
}
