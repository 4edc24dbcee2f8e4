import { createHmac } from "node:crypto"
import { objectId } from "./ids"
import type { SandboxConfig, WebhookSubscription } from "./types"

/** Event types a subscription may ask for. */
export const WEBHOOK_EVENTS = [
  "order.queued",
  "order.processing",
  "order.succeeded",
  "order.failed",
  "product.updated",
  "wallet.updated",
] as const

export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number]

export function isWebhookEvent(value: unknown): value is WebhookEventName {
  return typeof value === "string" && (WEBHOOK_EVENTS as readonly string[]).includes(value)
}

/** Documented waits between attempts: about 1 min, 5 min, 15 min, 1 h and 4 h. */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 3_600_000, 14_400_000]

/** One POST to a subscriber, as listed by `GET /__sandbox/ugiftme/webhook-deliveries`. */
export type DeliveryAttempt = {
  deliveryId: string
  webhookId: string
  event: string
  url: string
  /** 1-based; attempt n+1 follows attempt n after `WEBHOOK_RETRY_DELAYS_MS[n-1] * webhookTimeScale`. */
  attempt: number
  test: boolean
  ok: boolean
  statusCode: number | null
  errorMessage: string | null
  startedAt: string
  durationMs: number
  /** Scaled wait before the next attempt, null when none follows. */
  nextAttemptInMs: number | null
  /** The exact body bytes sent (UTF-8). */
  body: string
}

export type SendOutcome = { ok: boolean; statusCode: number | null; errorMessage: string | null }

type Delivery = { deliveryId: string; webhookId: string; event: string; body: string; attempt: number }

type DispatcherDeps = {
  subscriptions: () => WebhookSubscription[]
  config: () => SandboxConfig
  /** Called after delivery stats changed (for persistence). */
  onStatsChanged: () => void
}

const MAX_RECORDED_ATTEMPTS = 2_000

/** Hex HMAC-SHA256 of the exact body bytes with the subscription's secret. */
export function signWebhookBody(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("hex")
}

/**
 * Sends real HTTP deliveries to subscribers and retries failed ones on the
 * documented schedule (scaled by `webhookTimeScale`). Retries are kept in
 * memory only; they are not persisted across restarts.
 */
export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly controllers = new Set<AbortController>()
  private readonly pending = new Set<Promise<void>>()
  private attempts: DeliveryAttempt[] = []
  private closed = false

  constructor(private readonly deps: DispatcherDeps) {}

  /**
   * Delivers `event` to every active subscription asking for it: those of
   * `userId`, or of every account when `userId` is null (catalog events).
   */
  emit(userId: string | null, event: WebhookEventName, payload: unknown): void {
    if (this.closed) return
    const body = JSON.stringify(payload)
    for (const subscription of this.deps.subscriptions()) {
      if (!subscription.isActive || !subscription.events.includes(event)) continue
      if (userId !== null && subscription.userId !== userId) continue
      this.track(
        this.deliver({ deliveryId: objectId(), webhookId: subscription._id, event, body, attempt: 1 })
      )
    }
  }

  /** `POST /webhooks/test`: one signed `webhook.test` delivery, never retried. */
  async sendTest(subscription: WebhookSubscription, payload: unknown): Promise<SendOutcome> {
    const body = JSON.stringify(payload)
    const startedAt = new Date()
    const outcome = await this.send(
      subscription,
      "webhook.test",
      body,
      true,
      this.deps.config().webhookTestTimeoutMs
    )
    this.updateStats(subscription, outcome.ok, startedAt)
    this.record(
      { deliveryId: objectId(), webhookId: subscription._id, event: "webhook.test", body, attempt: 1 },
      subscription.url,
      true,
      outcome,
      startedAt,
      null
    )
    return outcome
  }

  deliveries(filter: { webhookId?: string; event?: string } = {}): DeliveryAttempt[] {
    return this.attempts.filter(
      (a) =>
        (!filter.webhookId || a.webhookId === filter.webhookId) && (!filter.event || a.event === filter.event)
    )
  }

  /** Cancels scheduled retries and in-flight deliveries, forgets history. */
  reset(): void {
    this.cancelAll()
    this.attempts = []
  }

  /** Stops everything; later emits are ignored. */
  async close(): Promise<void> {
    this.closed = true
    this.cancelAll()
    await Promise.allSettled([...this.pending])
  }

  private cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    for (const controller of this.controllers) controller.abort()
    this.controllers.clear()
  }

  private track(promise: Promise<void>): void {
    this.pending.add(promise)
    void promise.finally(() => this.pending.delete(promise))
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const subscription = this.deps.subscriptions().find((s) => s._id === delivery.webhookId)
    // Deleted or paused subscriptions drop their pending retries.
    if (this.closed || !subscription || !subscription.isActive) return
    const startedAt = new Date()
    const config = this.deps.config()
    const outcome = await this.send(
      subscription,
      delivery.event,
      delivery.body,
      false,
      config.webhookReceiverTimeoutMs
    )
    if (this.closed) return
    this.updateStats(subscription, outcome.ok, startedAt)
    const baseDelay = outcome.ok ? undefined : WEBHOOK_RETRY_DELAYS_MS[delivery.attempt - 1]
    const delay =
      baseDelay === undefined ? null : Math.max(0, Math.round(baseDelay * config.webhookTimeScale))
    this.record(delivery, subscription.url, false, outcome, startedAt, delay)
    if (delay === null) return
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      this.track(this.deliver({ ...delivery, attempt: delivery.attempt + 1 }))
    }, delay)
    timer.unref()
    this.timers.add(timer)
  }

  private async send(
    subscription: WebhookSubscription,
    event: string,
    body: string,
    test: boolean,
    timeoutMs: number
  ): Promise<SendOutcome> {
    const controller = new AbortController()
    this.controllers.add(controller)
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "User-Agent": "UGiftMe-Sandbox-Webhooks/1.0",
      "X-Webhook-Event": event,
      "X-Webhook-Signature": signWebhookBody(body, subscription.secret),
    }
    if (test) headers["X-Webhook-Delivery"] = "test"
    try {
      const response = await fetch(subscription.url, {
        method: "POST",
        headers,
        body,
        redirect: "manual",
        signal: controller.signal,
      })
      // Read the answer inside the deadline so the connection is released.
      await response.arrayBuffer()
      const ok = response.status >= 200 && response.status < 300
      return {
        ok,
        statusCode: response.status,
        errorMessage: ok ? null : `Receiver answered HTTP ${response.status}`,
      }
    } catch (error) {
      const message = controller.signal.aborted
        ? `No answer within ${timeoutMs} ms`
        : `Delivery failed: ${error instanceof Error ? describeCause(error) : "unknown error"}`
      return { ok: false, statusCode: null, errorMessage: message }
    } finally {
      clearTimeout(timer)
      this.controllers.delete(controller)
    }
  }

  private updateStats(subscription: WebhookSubscription, ok: boolean, at: Date): void {
    if (ok) subscription.deliveryStats.success += 1
    else subscription.deliveryStats.failed += 1
    subscription.lastUsed = at.toISOString()
    this.deps.onStatsChanged()
  }

  private record(
    delivery: Delivery,
    url: string,
    test: boolean,
    outcome: SendOutcome,
    startedAt: Date,
    nextAttemptInMs: number | null
  ): void {
    this.attempts.push({
      deliveryId: delivery.deliveryId,
      webhookId: delivery.webhookId,
      event: delivery.event,
      url,
      attempt: delivery.attempt,
      test,
      ok: outcome.ok,
      statusCode: outcome.statusCode,
      errorMessage: outcome.errorMessage,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      nextAttemptInMs,
      body: delivery.body,
    })
    if (this.attempts.length > MAX_RECORDED_ATTEMPTS) {
      this.attempts = this.attempts.slice(-MAX_RECORDED_ATTEMPTS)
    }
  }
}

function describeCause(error: Error): string {
  const cause = error.cause
  if (cause instanceof Error && cause.message) return cause.message
  return error.message
}
