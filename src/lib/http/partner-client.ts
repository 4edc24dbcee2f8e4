import type { z } from "@medusajs/framework/zod"
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter, sleep, type BackoffPolicy } from "./backoff"
import { fetchWithTimeout, parseJsonBody, PartnerNetworkError } from "./fetch-with-timeout"
import { safePartnerText, type PartnerError } from "./partner-error"

/**
 * When a failed call is sent again:
 * - `always`: on 429, 5xx, network failure and timeout (reads, and writes the
 *   partner recognises as repeats: a keyed create, a unique external id);
 * - `rate-limit-only`: on 429 only (a 429 means nothing was processed);
 * - `never`: not by the client.
 */
export type RetryPolicy = "always" | "rate-limit-only" | "never"

/** Where a client reports retries. Medusa's `Logger` and `console` fit; it only ever receives redacted text. */
export type PartnerClientLogger = { warn(message: string): void }

export type PartnerCall = {
  method: "GET" | "POST" | "PATCH" | "DELETE"
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  headers?: Record<string, string>
  retry: RetryPolicy
  /** A non-2xx answer this call reads as a result instead of an error (e.g. "this deployment lacks the endpoint"). */
  accepts?: (status: number, body: unknown) => boolean
}

/** A 2xx answer, or one the call `accepts`. */
export type PartnerAnswer = { status: number; body: unknown }

/** An answer the partner's status → error table turns into an error. */
export type RefusedAnswer = PartnerAnswer & {
  /** `Retry-After`, when sent. */
  retryAfterMs: number | undefined
  /** `METHOD /path`, without query string. */
  call: string
  /** Zero-based attempt number: above 0, an earlier attempt of the same call got no answer or a retryable one. */
  attempt: number
}

/**
 * What a `Retry-After` may impose: at most `capMs`; a longer ask is either
 * waited for `capMs` (`wait-cap`) or thrown at once (`give-up`).
 */
export type RetryAfterRule = { capMs: number; beyondCap: "wait-cap" | "give-up" }

/** The options every partner client takes (each adds its own `Retry-After` cap). */
export type PartnerClientOptions = {
  /** The partner's deployment, e.g. `https://app.giftyzet.com` (or a sandbox URL). */
  baseUrl: string
  apiKey: string
  /** Deadline per attempt, headers and body included. Default 10 s. */
  timeoutMs?: number
  /** Retries after the first attempt, for retryable failures only. Default 3. */
  maxRetries?: number
  /** Full-jitter backoff between retries. Default 200 ms doubling up to 5 s. */
  backoff?: BackoffPolicy
  logger?: PartnerClientLogger
  /** Told after every attempt whether the partner answered below 500 (`false`: 5xx, timeout, no connection). */
  onAttempt?: (healthy: boolean) => void
}

/** What the base is built from: the client's options, where the API lives under `baseUrl`, and the `Retry-After` rule. */
export type PartnerClientSettings = PartnerClientOptions & {
  /** `baseUrl` with the API's path, if any; request paths are appended to it. */
  apiBase: string
  retryAfter: RetryAfterRule
}

/**
 * What both partner clients share: the API key (in a private field, sent as
 * `X-API-Key`, never logged), no redirects, a deadline per attempt, the retry
 * loop with a policy per call and a capped `Retry-After`, one log line per
 * retry, redaction of partner texts, and zod parsing of answers with a short
 * summary of what did not match. A partner's client adds its endpoints and
 * its status → error table.
 */
export abstract class PartnerClient<E extends PartnerError> {
  readonly #apiKey: string
  readonly #apiBase: string
  readonly #timeoutMs: number
  readonly #maxRetries: number
  readonly #backoff: BackoffPolicy
  readonly #retryAfter: RetryAfterRule
  readonly #logger: PartnerClientLogger | undefined
  readonly #onAttempt: ((healthy: boolean) => void) | undefined

  protected constructor(settings: PartnerClientSettings) {
    this.#apiKey = settings.apiKey
    this.#apiBase = settings.apiBase.replace(/\/+$/, "")
    this.#timeoutMs = settings.timeoutMs ?? 10_000
    this.#maxRetries = Math.max(0, settings.maxRetries ?? 3)
    this.#backoff = settings.backoff ?? DEFAULT_BACKOFF
    this.#retryAfter = settings.retryAfter
    this.#logger = settings.logger
    this.#onAttempt = settings.onAttempt
  }

  /** The partner's error for an answer that is neither 2xx nor accepted by the call (3xx included). */
  protected abstract errorForAnswer(answer: RefusedAnswer): E

  /** The partner's error for an attempt that got no answer. */
  protected abstract errorForNoAnswer(failure: PartnerNetworkError, call: string, timeoutMs: number): E

  /** The partner's error for an answer whose body does not match its schema. */
  protected abstract errorForBody(answer: PartnerAnswer, what: string, issues: string[]): E

  /** Partner text made safe for an error or a log line: the key replaced, whitespace collapsed, shortened. */
  protected safeText(text: string | undefined): string | undefined {
    return text === undefined ? undefined : safePartnerText(text, [this.#apiKey])
  }

  /** Reads `answer.body` with `schema`, or throws {@link errorForBody} naming the fields that did not match. */
  protected parse<S extends z.ZodType>(schema: S, answer: PartnerAnswer, what: string): z.output<S> {
    const parsed = schema.safeParse(answer.body)
    if (parsed.success) return parsed.data
    throw this.errorForBody(answer, what, summarizeIssues(parsed.error.issues))
  }

  /** Sends `call` with retries; returns 2xx (and accepted) answers, throws the partner's typed errors for the rest. */
  protected async send(spec: PartnerCall): Promise<PartnerAnswer> {
    // Serialised once: every retry re-sends exactly these bytes (an idempotency key covers them).
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body)
    const headers: Record<string, string> = {
      Accept: "application/json",
      "X-API-Key": this.#apiKey,
      "User-Agent": "medusa-plugin-gifting",
      ...spec.headers,
    }
    if (body !== undefined) headers["Content-Type"] = "application/json"
    const url = this.#url(spec.path, spec.query)
    const call = `${spec.method} ${spec.path.split("?")[0]}`

    for (let attempt = 0; ; attempt++) {
      const outcome = await this.#attempt(
        { url, init: { method: spec.method, headers, body } },
        spec,
        call,
        attempt
      )
      if (!("error" in outcome)) return outcome
      const delay = this.#retryDelay(outcome, spec.retry, attempt)
      if (delay === undefined) throw outcome.error
      this.#logger?.warn(
        `${outcome.error.message}; retry ${attempt + 1}/${this.#maxRetries} in ${delay} ms (${call})`
      )
      await sleep(delay)
    }
  }

  async #attempt(
    request: { url: string; init: RequestInit },
    spec: PartnerCall,
    call: string,
    attempt: number
  ): Promise<PartnerAnswer | { error: E; retryAfterMs: number | undefined }> {
    let response: Response
    let text: string
    try {
      ;({ response, text } = await fetchWithTimeout({ ...request, timeoutMs: this.#timeoutMs }))
    } catch (caught) {
      if (!(caught instanceof PartnerNetworkError)) throw caught
      this.#onAttempt?.(false)
      return { error: this.errorForNoAnswer(caught, call, this.#timeoutMs), retryAfterMs: undefined }
    }
    this.#onAttempt?.(response.status < 500)
    const body = parseJsonBody(text)
    const { status } = response
    if ((status >= 200 && status < 300) || spec.accepts?.(status, body)) return { status, body }
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"))
    return { error: this.errorForAnswer({ status, body, retryAfterMs, call, attempt }), retryAfterMs }
  }

  /** Wait before the next attempt, or `undefined` to give up and throw. */
  #retryDelay(
    failure: { error: E; retryAfterMs: number | undefined },
    policy: RetryPolicy,
    attempt: number
  ): number | undefined {
    const { error, retryAfterMs } = failure
    if (policy === "never" || attempt >= this.#maxRetries) return undefined
    const throttled = error.status === 429
    const unavailable = error.kind === "unavailable" || error.kind === "rate_limited"
    if (!unavailable || (!throttled && policy !== "always")) return undefined
    const backoff = backoffDelay(attempt, this.#backoff)
    if (retryAfterMs === undefined) return backoff
    const { capMs, beyondCap } = this.#retryAfter
    if (beyondCap === "give-up") return retryAfterMs <= capMs ? retryAfterMs : undefined
    return Math.min(Math.max(retryAfterMs, backoff), capMs)
  }

  #url(path: string, query: PartnerCall["query"]): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, String(value))
    }
    const search = params.toString()
    return `${this.#apiBase}${path}${search ? `?${search}` : ""}`
  }
}

/** `path: message` for the first few issues; zod's messages name types and options, never the values. */
export function summarizeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
): string[] {
  const summary = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(body)"}: ${issue.message}`)
  return issues.length > 5 ? [...summary, `and ${issues.length - 5} more`] : summary
}
