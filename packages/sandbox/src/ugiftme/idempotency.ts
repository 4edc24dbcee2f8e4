import { createHash } from "node:crypto"
import type { HandlerResult, IdempotencyRecord, SandboxConfig } from "./types"

/** Stable JSON: object keys sorted so `{a,b}` and `{b,a}` are the same payload. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(",")}]`
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
  }
  return JSON.stringify(value) ?? "null"
}

/** Fingerprint of "this route with this payload". */
export function requestFingerprint(route: string, body: unknown): string {
  return createHash("sha256").update(route).update("\n").update(canonicalJson(body)).digest("hex")
}

export const IDEMPOTENCY_MISMATCH_BODY = {
  error: "Idempotency key reused with a different payload",
  message: "This Idempotency-Key was already used for a different request body",
}

export const IDEMPOTENCY_IN_FLIGHT_BODY = {
  error: "Request in progress",
  message: "A request with this Idempotency-Key is still being processed",
}

/** Which answers the strict `replayFailures` reading stores: refusals, not 409 or 429 (nothing decided). */
function storesAnswer(status: number, replayFailures: boolean): boolean {
  if (status >= 200 && status < 300) return true
  return replayFailures && status >= 400 && status < 500 && status !== 409 && status !== 429
}

/**
 * `Idempotency-Key` handling for order creation.
 *
 * - Requests with the same key run one after another (a per-key promise chain),
 *   so concurrent duplicates cannot both pass the balance check and debit twice.
 * - The first *successful* (2xx) answer is stored and replayed with the same
 *   status, body and headers for the same payload; another payload gets 400.
 * - Error answers (400/402/404/5xx before any order exists) are not stored.
 *   The docs only promise a replay of the created order; not storing failures
 *   lets a caller retry the same purchase with the same key after, say, a
 *   wallet top-up, which is the tolerant reading.
 *
 * The docs say nothing on failures, concurrency or key lifetime; the strict
 * readings of `config.idempotency` (see {@link SandboxConfig}) store 4xx
 * answers too, answer 409 to a request whose key is in flight, and forget
 * keys after `keyTtlSeconds`.
 */
export class IdempotencyStore {
  private readonly chains = new Map<string, Promise<void>>()

  constructor(
    private readonly records: () => Record<string, IdempotencyRecord>,
    private readonly onStored: () => void,
    private readonly config: () => SandboxConfig["idempotency"]
  ) {}

  /** The stored answer of `scope`, unless it has outlived `keyTtlSeconds`. */
  private stored(scope: string): IdempotencyRecord | undefined {
    const existing = this.records()[scope]
    const ttlSeconds = this.config().keyTtlSeconds
    if (existing && ttlSeconds > 0 && Date.now() - Date.parse(existing.createdAt) >= ttlSeconds * 1000) {
      delete this.records()[scope]
      return undefined
    }
    return existing
  }

  async run(
    scope: string,
    fingerprint: string,
    execute: () => Promise<HandlerResult>
  ): Promise<HandlerResult> {
    const { replayFailures, conflictInFlight } = this.config()
    if (conflictInFlight && this.chains.has(scope)) {
      return { status: 409, body: IDEMPOTENCY_IN_FLIGHT_BODY }
    }
    const previous = this.chains.get(scope) ?? Promise.resolve()
    let release: () => void = () => undefined
    const mine = new Promise<void>((resolve) => {
      release = resolve
    })
    const tail = previous.then(() => mine)
    this.chains.set(scope, tail)
    await previous
    try {
      const existing = this.stored(scope)
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          return { status: 400, body: IDEMPOTENCY_MISMATCH_BODY }
        }
        return {
          status: existing.status,
          body: existing.body,
          headers: { ...existing.headers, "Idempotent-Replayed": "true" },
        }
      }
      const result = await execute()
      if (storesAnswer(result.status, replayFailures)) {
        this.records()[scope] = {
          fingerprint,
          status: result.status,
          body: result.body,
          headers: { ...(result.headers ?? {}) },
          createdAt: new Date().toISOString(),
        }
        this.onStored()
      }
      return result
    } finally {
      release()
      if (this.chains.get(scope) === tail) {
        this.chains.delete(scope)
      }
    }
  }
}
