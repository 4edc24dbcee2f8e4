import { z } from "@medusajs/framework/zod"
import { errorText, productSchema } from "./schemas"
import type { UgiftmeWebhookEventName } from "./types"

/**
 * Payloads UGiftMe POSTs to a subscriber. The event name travels in the
 * `X-Webhook-Event` header, not in the body, and the header is not signed:
 * an `order.*` event is only read when the signed body's `status` agrees with
 * it. Parsed loosely: only the fields a handler keys on are required.
 */

export const UGIFTME_WEBHOOK_EVENTS: readonly UgiftmeWebhookEventName[] = [
  "order.queued",
  "order.processing",
  "order.succeeded",
  "order.failed",
  "product.updated",
  "wallet.updated",
]

const optionalString = z.string().optional().catch(undefined)
const optionalNumber = z.number().optional().catch(undefined)

/** `order.queued` / `order.processing`. */
export const orderLifecyclePayloadSchema = z.looseObject({
  orderRequestId: z.string(),
  status: z.string(),
  type: optionalString,
  /** Bulk requests only. */
  orderCount: optionalNumber,
  timestamp: optionalString,
})

/** `order.succeeded`: ids and a summary in `result` (fetch the order for the rest). */
export const orderSucceededPayloadSchema = orderLifecyclePayloadSchema.extend({
  result: z.unknown().optional(),
})

/** `order.failed`, e.g. `error: "Insufficient available balance. Required: 50, Available: 10 GBP"`. */
export const orderFailedPayloadSchema = orderLifecyclePayloadSchema.extend({
  error: errorText.optional(),
})

export const walletUpdatedPayloadSchema = z.looseObject({
  userId: optionalString,
  currency: z.string(),
  balance: z.number(),
  availableBalance: optionalNumber,
  source: optionalString,
  timestamp: optionalString,
  transaction: z
    .looseObject({
      type: optionalString,
      amount: optionalNumber,
      orderId: z.string().nullish().catch(undefined),
      details: z.string().nullish().catch(undefined),
    })
    .optional()
    .catch(undefined),
})

export const webhookTestPayloadSchema = z.looseObject({
  type: optionalString,
  sentAt: optionalString,
  data: z
    .looseObject({ message: optionalString, exampleOrderId: optionalString })
    .optional()
    .catch(undefined),
})

export type UgiftmeOrderLifecyclePayload = z.output<typeof orderLifecyclePayloadSchema>
export type UgiftmeOrderSucceededPayload = z.output<typeof orderSucceededPayloadSchema>
export type UgiftmeOrderFailedPayload = z.output<typeof orderFailedPayloadSchema>
export type UgiftmeWalletUpdatedPayload = z.output<typeof walletUpdatedPayloadSchema>
export type UgiftmeWebhookTestPayload = z.output<typeof webhookTestPayloadSchema>
export type UgiftmeProductUpdatedPayload = z.output<typeof productSchema>

/** A received delivery, discriminated by its `X-Webhook-Event` value. */
export type UgiftmeWebhookEvent =
  | { event: "order.queued"; payload: UgiftmeOrderLifecyclePayload }
  | { event: "order.processing"; payload: UgiftmeOrderLifecyclePayload }
  | { event: "order.succeeded"; payload: UgiftmeOrderSucceededPayload }
  | { event: "order.failed"; payload: UgiftmeOrderFailedPayload }
  | { event: "product.updated"; payload: UgiftmeProductUpdatedPayload }
  | { event: "wallet.updated"; payload: UgiftmeWalletUpdatedPayload }
  | { event: "webhook.test"; payload: UgiftmeWebhookTestPayload }

function decodeBody(body: unknown): unknown {
  if (typeof body === "string" || Buffer.isBuffer(body)) {
    try {
      return JSON.parse(body.toString("utf8")) as unknown
    } catch {
      return undefined
    }
  }
  return body
}

const ORDER_EVENT_STATUS: Partial<Record<string, string>> = {
  "order.queued": "queued",
  "order.processing": "processing",
  "order.succeeded": "succeeded",
  "order.failed": "failed",
}

/**
 * Why a signed delivery's `X-Webhook-Event` header cannot be trusted, or
 * undefined when it can. The header is not covered by the signature; the
 * body is, and an `order.*` body carries its own `status`. A header naming an
 * order event whose status the signed body does not state (a captured
 * `order.processing` body replayed as `order.failed`) is refused.
 */
export function webhookEventMismatch(eventHeader: string | undefined, body: unknown): string | undefined {
  const event = eventHeader?.trim()
  const expected = event === undefined ? undefined : ORDER_EVENT_STATUS[event]
  if (expected === undefined) return undefined
  const payload = decodeBody(body)
  const status =
    typeof payload === "object" && payload !== null && "status" in payload ? payload.status : undefined
  return status === expected
    ? undefined
    : `X-Webhook-Event ${event} disagrees with the signed body's status ${JSON.stringify(status ?? null).slice(0, 40)}`
}

/**
 * Reads a delivery (verify the signature first). `body` may be the raw bytes,
 * the raw string or already-parsed JSON. Returns undefined for an unknown
 * event name, a payload missing the fields above, or an `order.*` header the
 * signed body's status disagrees with (see {@link webhookEventMismatch}). A `{ type: "webhook.test" }` body counts as a test even without the header.
 */
export function parseWebhookEvent(
  eventHeader: string | undefined,
  body: unknown
): UgiftmeWebhookEvent | undefined {
  const payload = decodeBody(body)
  const event = eventHeader?.trim()
  const isTest =
    event === "webhook.test" ||
    (event === undefined &&
      typeof payload === "object" &&
      payload !== null &&
      "type" in payload &&
      payload.type === "webhook.test")
  if (isTest) {
    const parsed = webhookTestPayloadSchema.safeParse(payload)
    return parsed.success ? { event: "webhook.test", payload: parsed.data } : undefined
  }
  if (webhookEventMismatch(event, payload)) return undefined
  switch (event) {
    case "order.queued":
    case "order.processing": {
      const parsed = orderLifecyclePayloadSchema.safeParse(payload)
      return parsed.success ? { event, payload: parsed.data } : undefined
    }
    case "order.succeeded": {
      const parsed = orderSucceededPayloadSchema.safeParse(payload)
      return parsed.success ? { event, payload: parsed.data } : undefined
    }
    case "order.failed": {
      const parsed = orderFailedPayloadSchema.safeParse(payload)
      return parsed.success ? { event, payload: parsed.data } : undefined
    }
    case "product.updated": {
      const parsed = productSchema.safeParse(payload)
      return parsed.success ? { event, payload: parsed.data } : undefined
    }
    case "wallet.updated": {
      const parsed = walletUpdatedPayloadSchema.safeParse(payload)
      return parsed.success ? { event, payload: parsed.data } : undefined
    }
    default:
      return undefined
  }
}

/**
 * Order ids inside an order request `result` or an `order.succeeded` result,
 * whatever its shape: `{ orderId }`, an order (`_id`), `{ order }`,
 * `{ orderIds }` or `{ orders: [...] }`.
 */
export function extractOrderIds(result: unknown): string[] {
  if (typeof result !== "object" || result === null) return []
  const record = result as Record<string, unknown>
  const ids = new Set<string>()
  const add = (value: unknown) => {
    if (typeof value === "string" && value !== "") ids.add(value)
  }
  add(record.orderId)
  if (record.orderId === undefined) add(record._id)
  if (Array.isArray(record.orderIds)) record.orderIds.forEach(add)
  if (typeof record.order === "object" && record.order !== null) extractOrderIds(record.order).forEach(add)
  if (Array.isArray(record.orders)) {
    for (const order of record.orders) extractOrderIds(order).forEach(add)
  }
  return [...ids]
}
