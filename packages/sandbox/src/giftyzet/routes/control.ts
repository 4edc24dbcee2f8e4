import { GIFTYZET_GENERATIONS, isGiftyzetGeneration } from "../generation"
import type { RequestContext, Route } from "../context"
import { parseFaultSpec } from "../faults"
import { json, type SandboxResponse } from "../../common/http"
import { jsonError, parseJsonObject } from "../http-response"
import { rawOrder } from "../shapes"
import type { GiftyzetGeneration, OrderStatus, StoredOrder } from "../types"
import { validateRecipientForm, type RecipientFormValues } from "../validation"
import { STATUS_TIMESTAMP } from "./update-status"

/**
 * Control endpoints under `/__sandbox/giftyzet`: no API key, never faulted,
 * not counted in the stats. They exist only in the sandbox.
 */
export const CONTROL_PREFIX = "/__sandbox/giftyzet"

type Action = "confirm" | "dispatch" | "deliver" | "cancel"

/** Which statuses each action may leave, and where it leads. */
const TRANSITIONS: Record<Action, { from: OrderStatus[]; to: OrderStatus }> = {
  confirm: { from: ["pending"], to: "confirmed" },
  dispatch: { from: ["confirmed"], to: "dispatched" },
  deliver: { from: ["dispatched"], to: "delivered" },
  cancel: { from: ["pending", "confirmed", "dispatched"], to: "cancelled" },
}

const DEFAULT_ADDRESS = "1 Sandbox Lane\n10115 Testville\nGermany"

function isAction(value: string): value is Action {
  return value in TRANSITIONS
}

function orderWithCounters(ctx: RequestContext, order: StoredOrder): Record<string, unknown> {
  return { order: rawOrder(order), create_calls: ctx.state.countersFor(order.external_order_id) }
}

function describe(): SandboxResponse {
  const p = CONTROL_PREFIX
  return json(200, {
    endpoints: [
      `GET ${p}/config`,
      `POST ${p}/config { generation?: ${GIFTYZET_GENERATIONS.map((g) => `"${g}"`).join(" | ")}, gone?: boolean }`,
      `GET ${p}/faults`,
      `POST ${p}/faults { kind, count?, method?, path_prefix?, status?, latency_ms?, hang_ms?, retry_after?, mode?, body? }`,
      `DELETE ${p}/faults`,
      `GET ${p}/orders?external_order_id=`,
      `GET ${p}/orders/:id`,
      `POST ${p}/orders/:id/confirm { receiver_name?, receiver_email?, receiver_phone?, receiver_address? }`,
      `POST ${p}/orders/:id/dispatch | deliver | cancel`,
      `GET ${p}/create-calls`,
      `GET ${p}/create-calls/:external_order_id`,
      `GET ${p}/stats`,
      `POST ${p}/reset`,
    ],
  })
}

function getConfig(ctx: RequestContext): SandboxResponse {
  return json(200, ctx.state.config)
}

function setConfig(ctx: RequestContext): SandboxResponse {
  const body = parseJsonObject(ctx.body)
  const change: { generation?: GiftyzetGeneration; gone?: boolean } = {}
  if (body.generation !== undefined) {
    if (!isGiftyzetGeneration(body.generation)) {
      return jsonError(400, `generation must be one of ${GIFTYZET_GENERATIONS.join(", ")}`)
    }
    change.generation = body.generation
  }
  if (body.gone !== undefined) {
    if (typeof body.gone !== "boolean") {
      return jsonError(400, "gone must be a boolean")
    }
    change.gone = body.gone
  }
  return json(200, ctx.state.setConfig(change))
}

function listFaults(ctx: RequestContext): SandboxResponse {
  return json(200, { faults: ctx.faults.list() })
}

function addFault(ctx: RequestContext): SandboxResponse {
  const spec = parseFaultSpec(parseJsonObject(ctx.body))
  if (typeof spec === "string") {
    return jsonError(400, spec)
  }
  return json(200, { fault: ctx.faults.add(spec) })
}

function clearFaults(ctx: RequestContext): SandboxResponse {
  ctx.faults.clear()
  return json(200, { faults: [] })
}

function findOrders(ctx: RequestContext): SandboxResponse {
  const externalId = ctx.query.get("external_order_id")?.trim()
  if (!externalId) {
    return json(200, { orders: ctx.state.orders.map(rawOrder) })
  }
  return json(200, {
    orders: ctx.state.orders.filter((order) => order.external_order_id === externalId).map(rawOrder),
    create_calls: ctx.state.countersFor(externalId),
  })
}

function getOrder(ctx: RequestContext): SandboxResponse {
  const order = ctx.state.findOrderById(ctx.params.id ?? "")
  return order ? json(200, orderWithCounters(ctx, order)) : jsonError(404, "No order with this id")
}

function confirmDetails(order: StoredOrder, body: Record<string, unknown>): RecipientFormValues | string {
  const pick = (field: keyof RecipientFormValues, fallback: string): string | undefined => {
    const value = body[field]
    if (value === undefined) {
      return fallback
    }
    return typeof value === "string" ? value.trim() : undefined
  }
  const values = {
    receiver_name: pick("receiver_name", order.receiver_name),
    receiver_email: pick("receiver_email", order.receiver_email),
    receiver_phone: pick("receiver_phone", order.receiver_phone),
    receiver_address: pick("receiver_address", order.receiver_address || DEFAULT_ADDRESS),
  }
  const missing = Object.entries(values).find(([, value]) => value === undefined)
  if (missing) {
    return `${missing[0]} must be a string`
  }
  const complete = values as RecipientFormValues
  const errors = Object.values(validateRecipientForm(complete))
  return errors.length > 0 ? errors.join(" ") : complete
}

function advanceOrder(ctx: RequestContext): SandboxResponse {
  const action = ctx.params.action ?? ""
  if (!isAction(action)) {
    return jsonError(404, "action must be one of: confirm, dispatch, deliver, cancel")
  }
  const order = ctx.state.findOrderById(ctx.params.id ?? "")
  if (!order) {
    return jsonError(404, "No order with this id")
  }
  const transition = TRANSITIONS[action]
  if (!transition.from.includes(order.status)) {
    return jsonError(409, `Cannot ${action} an order whose status is ${order.status}`)
  }
  const change: Partial<StoredOrder> = { status: transition.to }
  if (action === "confirm") {
    const details = confirmDetails(order, parseJsonObject(ctx.body))
    if (typeof details === "string") {
      return jsonError(400, details)
    }
    Object.assign(change, details)
  }
  const timestampField = STATUS_TIMESTAMP[transition.to]
  if (timestampField) {
    Object.assign(change, { [timestampField]: new Date().toISOString() })
  }
  ctx.state.updateOrder(order, change)
  return json(200, orderWithCounters(ctx, order))
}

function allCreateCalls(ctx: RequestContext): SandboxResponse {
  return json(200, { create_calls: ctx.state.createCalls })
}

function createCallsFor(ctx: RequestContext): SandboxResponse {
  return json(200, ctx.state.countersFor(ctx.params.external_order_id ?? ""))
}

function stats(ctx: RequestContext): SandboxResponse {
  return json(200, ctx.stats.snapshot())
}

function reset(ctx: RequestContext): SandboxResponse {
  ctx.state.reset()
  ctx.faults.clear()
  ctx.stats.reset()
  return json(200, { reset: true, config: ctx.state.config })
}

const p = CONTROL_PREFIX

/** Routes of the control API. */
export const CONTROL_ROUTES: Route[] = [
  { method: "GET", path: p, handler: describe },
  { method: "GET", path: `${p}/config`, handler: getConfig },
  { method: "POST", path: `${p}/config`, handler: setConfig },
  { method: "GET", path: `${p}/faults`, handler: listFaults },
  { method: "POST", path: `${p}/faults`, handler: addFault },
  { method: "DELETE", path: `${p}/faults`, handler: clearFaults },
  { method: "GET", path: `${p}/orders`, handler: findOrders },
  { method: "GET", path: `${p}/orders/:id`, handler: getOrder },
  { method: "POST", path: `${p}/orders/:id/:action`, handler: advanceOrder },
  { method: "GET", path: `${p}/create-calls`, handler: allCreateCalls },
  { method: "GET", path: `${p}/create-calls/:external_order_id`, handler: createCallsFor },
  { method: "GET", path: `${p}/stats`, handler: stats },
  { method: "POST", path: `${p}/reset`, handler: reset },
]
