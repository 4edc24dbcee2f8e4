import { hasNewerApi } from "../generation"
import { authenticate } from "../auth"
import type { RequestContext } from "../context"
import { json, type SandboxResponse } from "../../common/http"
import { jsonError, methodNotAllowed, parseJsonObject } from "../http-response"
import { MESSAGES } from "../messages"
import { ORDER_STATUSES, type OrderStatus, type StoredOrder } from "../types"
import { isPlausibleOrderId } from "./get-order"

/** The timestamp field each status sets, besides `updated_at`. */
export const STATUS_TIMESTAMP: Partial<Record<OrderStatus, keyof StoredOrder>> = {
  confirmed: "confirmed_at",
  dispatched: "dispatched_at",
  delivered: "delivered_at",
  cancelled: "cancelled_at",
}

function isStatus(value: unknown): value is OrderStatus {
  return typeof value === "string" && (ORDER_STATUSES as readonly string[]).includes(value)
}

/** `PATCH /api/plugin/v1/orders/:id` with `{ status }` (newer generation only). */
export function updateOrderStatus(ctx: RequestContext): SandboxResponse {
  if (!hasNewerApi(ctx.state.config)) {
    // The route exists (GET an order) but has no PATCH there.
    return methodNotAllowed(["GET"])
  }
  const auth = authenticate(ctx)
  if ("response" in auth) {
    return auth.response
  }
  const id = (ctx.params.id ?? "").trim()
  if (!isPlausibleOrderId(ctx, id)) {
    return jsonError(400, MESSAGES.validOrderIdRequired)
  }
  const status = parseJsonObject(ctx.body).status
  if (!isStatus(status)) {
    return jsonError(400, MESSAGES.statusInvalid)
  }
  const order = ctx.state.findOrderById(id)
  if (!order || order.plugin_integration_id !== auth.integration.id) {
    return jsonError(404, MESSAGES.orderNotFound)
  }
  const timestampField = STATUS_TIMESTAMP[status]
  const change: Partial<StoredOrder> = { status }
  if (timestampField) {
    Object.assign(change, { [timestampField]: new Date().toISOString() })
  }
  ctx.state.updateOrder(order, change)
  return json(200, { order_id: order.id, status, message: MESSAGES.statusUpdated })
}
