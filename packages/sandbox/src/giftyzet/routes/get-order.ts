import { paginate, readPaging } from "../../common/paging"
import { hasNewerApi } from "../generation"
import { authenticate } from "../auth"
import type { RequestContext } from "../context"
import { json, type SandboxResponse } from "../../common/http"
import { jsonError } from "../http-response"
import { MESSAGES } from "../messages"
import { documentedOrderBody, listEntry, newerOrderBody } from "../shapes"
import type { StoredOrder } from "../types"

const DEFAULT_PAGE_SIZE = 20
const MAX_PAGE_SIZE = 50

function orderBody(ctx: RequestContext, order: StoredOrder): SandboxResponse {
  return json(200, hasNewerApi(ctx.state.config) ? newerOrderBody(order) : documentedOrderBody(order))
}

/**
 * `GET /api/plugin/v1/orders`: by `?external_order_id=`, or (newer
 * generation only) a page of the integration's orders, newest first.
 */
export function getOrdersCollection(ctx: RequestContext): SandboxResponse {
  const auth = authenticate(ctx)
  if ("response" in auth) {
    return auth.response
  }
  const externalId = ctx.query.get("external_order_id")?.trim()
  if (externalId) {
    const order = ctx.state.findOrderForIntegration(auth.integration.id, externalId)
    return order ? orderBody(ctx, order) : jsonError(404, MESSAGES.orderNotFound)
  }
  if (!hasNewerApi(ctx.state.config)) {
    return jsonError(400, MESSAGES.externalOrderIdQueryRequired)
  }
  const { page, limit } = readPaging(ctx.query, { limit: DEFAULT_PAGE_SIZE, maxLimit: MAX_PAGE_SIZE })
  const orders = ctx.state
    .ordersOfIntegration(auth.integration.id)
    .map((order, index) => ({ order, index }))
    // newest first; insertion order breaks ties within the same millisecond
    .sort((a, b) => b.order.created_at.localeCompare(a.order.created_at) || b.index - a.index)
    .map(({ order }) => order)
  const { slice } = paginate(orders, page, limit)
  return json(200, { orders: slice.map(listEntry), pagination: { page, limit, total: orders.length } })
}

/** The partner refuses ids too short to be one of its UUIDs. */
export function isPlausibleOrderId(ctx: RequestContext, id: string): boolean {
  const minimum = hasNewerApi(ctx.state.config) ? 10 : 30
  return id.trim().length >= minimum
}

/** `GET /api/plugin/v1/orders/:id` */
export function getOrderById(ctx: RequestContext): SandboxResponse {
  const auth = authenticate(ctx)
  if ("response" in auth) {
    return auth.response
  }
  const id = ctx.params.id ?? ""
  if (!isPlausibleOrderId(ctx, id)) {
    return jsonError(400, MESSAGES.validOrderIdRequired)
  }
  const order = ctx.state.findOrderById(id.trim())
  if (!order || order.plugin_integration_id !== auth.integration.id) {
    return jsonError(404, MESSAGES.orderNotFound)
  }
  return orderBody(ctx, order)
}
