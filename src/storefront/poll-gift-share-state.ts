import { retrieveGiftShareState } from "./gift-share-state"
import { httpStatusOf, type GiftingSdk } from "./sdk"
import type { GiftShareState } from "./types"

/** Loads the current state once; `null` while the order has no gift (yet). */
export type GiftShareStateLoad = (signal: AbortSignal) => Promise<GiftShareState | null>

export type PollGiftShareStateOptions = {
  /** Stops the polling; the promise then rejects with the signal's reason. */
  signal?: AbortSignal
  /** Wait between the first reads, in ms. Default 1000. */
  intervalMs?: number
  /** The wait grows by half after each read, up to this. Default 10 000. */
  maxIntervalMs?: number
  /** Give up after this long (rejects with `GiftShareTimeoutError`). Default: never. */
  timeoutMs?: number
  /** Called with every state read. */
  onUpdate?: (state: GiftShareState | null) => void
  /** Called when a read fails with an error worth retrying (network, 5xx, 429). */
  onError?: (error: unknown) => void
}

/** The gift did not reach the awaited state in time. */
export class GiftShareTimeoutError extends Error {
  override readonly name = "GiftShareTimeoutError"

  constructor(
    readonly timeoutMs: number,
    /** The last state read, if any. */
    readonly lastState: GiftShareState | null
  ) {
    super(`The gift did not reach the awaited state within ${timeoutMs} ms`)
  }
}

/** The polling was stopped through its signal without a reason of its own. */
export class GiftSharePollAbortedError extends Error {
  override readonly name = "AbortError"

  constructor() {
    super("Polling of the gift's state was aborted")
  }
}

const DEFAULT_INTERVAL_MS = 1_000
const DEFAULT_MAX_INTERVAL_MS = 10_000
const BACKOFF = 1.5

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new GiftSharePollAbortedError()
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal))
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort)
      resolve()
    }, ms)
    signal.addEventListener("abort", onAbort, { once: true })
  })
}

/** Network failures, 5xx, 404 (gift not recorded yet), 408 and 429 are worth another read; other 4xx are not. */
function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error)
  return status === undefined || status >= 500 || status === 404 || status === 408 || status === 429
}

/**
 * Reads the state until `until` holds for it, waiting longer between reads
 * (1 s, 1.5 s, 2.25 s, … up to `maxIntervalMs`). Retryable failures are
 * reported to `onError` and read again; others are thrown. Abortable.
 */
export async function pollGiftShareState(
  load: GiftShareStateLoad,
  until: (state: GiftShareState | null) => boolean,
  {
    signal: outerSignal,
    intervalMs = DEFAULT_INTERVAL_MS,
    maxIntervalMs = DEFAULT_MAX_INTERVAL_MS,
    timeoutMs,
    onUpdate,
    onError,
  }: PollGiftShareStateOptions = {}
): Promise<GiftShareState | null> {
  const signal = outerSignal ?? new AbortController().signal
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs
  let wait = intervalMs
  let lastState: GiftShareState | null = null
  for (;;) {
    if (signal.aborted) throw abortReason(signal)
    try {
      lastState = await load(signal)
      // A loader that cannot be aborted (a server action) may answer after the abort.
      if (signal.aborted) throw abortReason(signal)
      onUpdate?.(lastState)
      if (until(lastState)) return lastState
    } catch (error) {
      if (signal.aborted) throw abortReason(signal)
      if (!isRetryable(error)) throw error
      onError?.(error)
    }
    const remaining = deadline - Date.now()
    if (remaining <= 0) throw new GiftShareTimeoutError(timeoutMs ?? 0, lastState)
    await sleep(Math.min(wait, remaining), signal)
    wait = Math.min(Math.round(wait * BACKOFF), maxIntervalMs)
  }
}

/** A gift's state once its recipient link exists. */
export type GiftShareStateWithLink = GiftShareState & { recipient_link: string }

export type WaitForGiftShareLinkOptions = Omit<PollGiftShareStateOptions, "timeoutMs"> & {
  /** Give up after this long. Default 60 000 ms. */
  timeoutMs?: number
  headers?: Record<string, string>
}

/**
 * Waits until the recipient link of an order's gift exists (the Giftyzet
 * order is created right after payment, usually within seconds) and returns
 * the state with it. Rejects with `GiftShareTimeoutError` after `timeoutMs`,
 * or with the signal's reason when aborted.
 *
 * @example
 * const controller = new AbortController()
 * const { recipient_link } = await waitForGiftShareLink(sdk, order.id, { signal: controller.signal })
 */
export async function waitForGiftShareLink(
  sdk: GiftingSdk,
  orderId: string,
  { headers, timeoutMs = 60_000, ...options }: WaitForGiftShareLinkOptions = {}
): Promise<GiftShareStateWithLink> {
  const hasLink = (state: GiftShareState | null): state is GiftShareStateWithLink =>
    Boolean(state?.recipient_link)
  const state = await pollGiftShareState(
    (signal) => retrieveGiftShareState(sdk, orderId, { signal, headers }),
    hasLink,
    { ...options, timeoutMs }
  )
  return state as GiftShareStateWithLink
}
