import { FaultRegistry } from "../common/faults"

/**
 * Injected failures, set through `POST /__sandbox/giftyzet/faults`.
 *
 * - `error`: answer `status` (default 500) without handling the request
 * - `rate_limit`: answer 429 with a `retry-after` header
 * - `hang`: read the request, then answer nothing; the socket is destroyed
 *   after `hang_ms` (default 60 s) or when the sandbox closes
 * - `malformed`: answer `status` (default 200) with `body` (default
 *   `{"unexpected":true}`), a success the client's schema must refuse
 * - `latency`: wait `latency_ms` before handling (adds up with other faults)
 * - `fail_after_commit`: handle the request fully (a create is stored), then
 *   answer 500 (`mode: "error"`) or drop the connection (`mode: "drop"`).
 *   Scoped to `POST /api/plugin/v1/orders` unless told otherwise.
 *
 * A fault applies to the next `count` matching requests (default 1; a
 * `latency` fault without `count` applies until cleared). `method` and
 * `path_prefix` narrow which requests match.
 */
export type FaultKind = "error" | "rate_limit" | "hang" | "malformed" | "latency" | "fail_after_commit"

export const FAULT_KINDS: readonly FaultKind[] = [
  "error",
  "rate_limit",
  "hang",
  "malformed",
  "latency",
  "fail_after_commit",
]

export type FaultSpec = {
  kind: FaultKind
  count?: number
  method?: string
  path_prefix?: string
  status?: number
  latency_ms?: number
  hang_ms?: number
  retry_after?: string
  mode?: "error" | "drop"
  body?: unknown
}

export type ActiveFault = {
  id: number
  kind: FaultKind
  /** Requests still to affect; `null` = until cleared. */
  remaining: number | null
  method: string | null
  path_prefix: string | null
  status: number
  latency_ms: number
  hang_ms: number
  retry_after: string
  mode: "error" | "drop"
  /** Body of a `malformed` answer. */
  body: unknown
  /** How many requests this fault has affected so far. */
  hits: number
}

const DEFAULT_HANG_MS = 60_000
const DEFAULT_STATUS: Record<FaultKind, number> = {
  error: 500,
  rate_limit: 429,
  hang: 0,
  malformed: 200,
  latency: 0,
  fail_after_commit: 500,
}
const CREATE_PATH = "/api/plugin/v1/orders"
const BLOCKING_KINDS: readonly FaultKind[] = ["error", "rate_limit", "hang", "malformed"]

/** Checks a control-endpoint body; returns the spec or an error message. */
export function parseFaultSpec(body: Record<string, unknown>): FaultSpec | string {
  const kind = body.kind
  if (typeof kind !== "string" || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    return `kind must be one of: ${FAULT_KINDS.join(", ")}`
  }
  const spec: FaultSpec = { kind: kind as FaultKind }
  const count = body.count
  if (count !== undefined) {
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
      return "count must be a positive integer"
    }
    spec.count = count
  }
  for (const field of ["method", "path_prefix", "retry_after"] as const) {
    const value = body[field]
    if (value !== undefined) {
      if (typeof value !== "string" && !(field === "retry_after" && typeof value === "number")) {
        return `${field} must be a string`
      }
      spec[field] = String(value)
    }
  }
  for (const field of ["status", "latency_ms", "hang_ms"] as const) {
    const value = body[field]
    if (value !== undefined) {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        return `${field} must be a non-negative integer`
      }
      spec[field] = value
    }
  }
  const lowest = spec.kind === "malformed" ? 200 : 400
  if (spec.status !== undefined && (spec.status < lowest || spec.status > 599)) {
    return `status must be between ${lowest} and 599`
  }
  if (body.body !== undefined) {
    spec.body = body.body
  }
  if (body.mode !== undefined) {
    if (body.mode !== "error" && body.mode !== "drop") {
      return "mode must be error or drop"
    }
    spec.mode = body.mode
  }
  if (spec.kind === "latency" && spec.latency_ms === undefined) {
    return "latency_ms is required for a latency fault"
  }
  return spec
}

/** Giftyzet's armed faults and the order in which a request meets them. */
export class GiftyzetFaults {
  private readonly registry = new FaultRegistry<ActiveFault>((fault) => ({
    method: fault.method,
    pathPrefix: fault.path_prefix,
  }))
  private nextId = 1

  add(spec: FaultSpec): ActiveFault {
    const isCommitFault = spec.kind === "fail_after_commit"
    return this.registry.add({
      id: this.nextId++,
      kind: spec.kind,
      remaining: spec.count ?? (spec.kind === "latency" ? null : 1),
      method:
        (spec.method ?? (isCommitFault && !spec.path_prefix ? "POST" : undefined))?.toUpperCase() ?? null,
      path_prefix: spec.path_prefix ?? (isCommitFault ? CREATE_PATH : null),
      status: spec.status ?? DEFAULT_STATUS[spec.kind],
      latency_ms: spec.latency_ms ?? 0,
      hang_ms: spec.hang_ms ?? DEFAULT_HANG_MS,
      retry_after: spec.retry_after ?? "1",
      mode: spec.mode ?? "error",
      body: spec.body ?? { unexpected: true },
      hits: 0,
    })
  }

  list(): ActiveFault[] {
    return this.registry.list()
  }

  clear(): void {
    this.registry.clear()
  }

  /** Total added latency for this request (consumes counted latency faults). */
  takeLatency(method: string, path: string): number {
    return this.registry
      .takeAll(method, path, (fault) => fault.kind === "latency")
      .reduce((total, fault) => total + fault.latency_ms, 0)
  }

  /** The fault that answers this request instead of its route, if any. */
  takeBlocking(method: string, path: string): ActiveFault | undefined {
    return this.registry.take(method, path, (fault) => BLOCKING_KINDS.includes(fault.kind))
  }

  /** The fault that replaces this request's answer after handling, if any. */
  takeAfterCommit(method: string, path: string): ActiveFault | undefined {
    return this.registry.take(method, path, (fault) => fault.kind === "fail_after_commit")
  }
}
