import { isPlainObject } from "../../common/http"
import { paginate, readPaging } from "../../common/paging"
import { headerValue } from "../http"
import { requestFingerprint } from "../idempotency"
import { isObjectId, objectId } from "../ids"
import { toMinor } from "../money"
import { bulkSummary } from "../order-processor"
import { createdOrderView, detailedOrderView, listedOrderView, validateOrderInput } from "../orders"
import type {
  Account,
  HandlerResult,
  OrderInput,
  OrderRequest,
  Product,
  RejectedOrder,
  StoredOrder,
} from "../types"
import { availableMinor, findWallet, insufficientFundsBody, placeHold } from "../wallet"
import type { ApiContext, ApiRoute } from "./route-types"
import { fail, ok } from "./route-types"

const MAX_BULK_ORDERS = 100
const MAX_IDEMPOTENCY_KEY_LENGTH = 255

type ValidItem = { input: OrderInput; product: Product }

function asyncHeader(ctx: ApiContext): Record<string, string> {
  return { "X-Business-Orders-Async": String(ctx.core.config.asyncOrders) }
}

/** Runs a create under its `Idempotency-Key`, when one was sent. */
async function withIdempotency(
  ctx: ApiContext,
  route: string,
  create: (key: string | null) => HandlerResult
): Promise<HandlerResult> {
  // The supplier delay comes first; the checks and the debit then run in one
  // synchronous step, so two different purchases can never overdraw the wallet.
  const run = async (key: string | null) => {
    await ctx.core.pause(ctx.core.config.orderLatencyMs)
    return create(key)
  }
  const key = headerValue(ctx.headers["idempotency-key"])
  if (key === undefined) return run(null)
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return fail(400, "Invalid Idempotency-Key", {
      message: `Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    })
  }
  const scope = `${ctx.account.userId}:${key}`
  return ctx.core.idempotency.run(scope, requestFingerprint(route, ctx.body), () => run(key))
}

function injectedOrderError(status: number, reason: string): HandlerResult {
  return fail(status, "Failed to create order", { message: reason })
}

/**
 * Async mode: reserve the total on the wallet and queue an order request.
 * The balance is checked here (402 at once) rather than later in the worker:
 * the docs allow either, and an early 402 is the stricter test for callers.
 */
function acceptAsync(
  ctx: ApiContext,
  items: ValidItem[],
  type: OrderRequest["type"],
  rejectedOrders: RejectedOrder[],
  idempotencyKey: string | null
): HandlerResult {
  const { core, account } = ctx
  const currency = items[0].input.currency
  const totalMinor = items.reduce((sum, item) => sum + toMinor(item.input.valuePurchased), 0)
  const wallet = findWallet(core.state, account.userId, currency)
  if (!wallet || availableMinor(wallet) < totalMinor) {
    return {
      status: 402,
      body: insufficientFundsBody(totalMinor, wallet, currency),
      headers: asyncHeader(ctx),
    }
  }
  const failure = core.faults.takeOrderFailure()
  const stamp = core.now().toISOString()
  const request: OrderRequest = {
    _id: objectId(),
    userId: account.userId,
    type,
    status: "queued",
    inputs: items.map((i) => i.input),
    rejectedOrders,
    currency,
    totalMinor,
    idempotencyKey,
    plannedFailure: failure ? failure.reason : null,
    result: null,
    error: null,
    createdAt: stamp,
    updatedAt: stamp,
  }
  placeHold(wallet, request._id, totalMinor)
  core.state.orderRequests.push(request)
  core.persist()
  core.dispatcher.emit(account.userId, "order.queued", {
    orderRequestId: request._id,
    status: "queued",
    type,
    ...(type === "bulk" ? { orderCount: items.length } : {}),
    timestamp: stamp,
  })
  core.processor.schedule(request)
  return {
    status: 202,
    body: { orderRequestId: request._id, status: "queued" },
    headers: asyncHeader(ctx),
    transport: core.faults.takeDebitThenFail() ?? "respond",
  }
}

function createSingle(ctx: ApiContext, idempotencyKey: string | null): HandlerResult {
  const { core, account } = ctx
  const validation = validateOrderInput(ctx.body, core.state.products)
  if (!validation.ok) return { status: validation.status, body: validation.body, headers: asyncHeader(ctx) }
  const item = { input: validation.input, product: validation.product }
  if (core.config.asyncOrders) return acceptAsync(ctx, [item], "single", [], idempotencyKey)
  const amountMinor = toMinor(item.input.valuePurchased)
  const wallet = findWallet(core.state, account.userId, item.input.currency)
  if (!wallet || availableMinor(wallet) < amountMinor) {
    return {
      status: 402,
      body: insufficientFundsBody(amountMinor, wallet, item.input.currency),
      headers: asyncHeader(ctx),
    }
  }
  const failure = core.faults.takeOrderFailure()
  if (failure) return injectedOrderError(failure.status, failure.reason)
  const [order] = core.purchase(account, [item], { orderRequestId: null, idempotencyKey })
  return {
    status: 201,
    body: createdOrderView(order, item.product),
    headers: asyncHeader(ctx),
    transport: core.faults.takeDebitThenFail() ?? "respond",
  }
}

/**
 * `POST /orders/bulk`: invalid items are listed in `rejectedOrders`, the rest
 * bought together. Undocumented choices: at most 100 items, all valid items in
 * one currency (the summary has a single `currency`), 400 when none is valid.
 */
function createBulk(ctx: ApiContext, idempotencyKey: string | null): HandlerResult {
  const { core, account } = ctx
  const list = isPlainObject(ctx.body) ? ctx.body.orders : undefined
  if (!Array.isArray(list) || list.length === 0) {
    return fail(400, "Some required fields are missing", {
      message: "orders must be a non-empty array of orders",
    })
  }
  if (list.length > MAX_BULK_ORDERS) {
    return fail(400, "Too many orders", {
      message: `A bulk request accepts at most ${MAX_BULK_ORDERS} orders`,
    })
  }
  const valid: ValidItem[] = []
  const rejectedOrders: RejectedOrder[] = []
  for (const raw of list) {
    const validation = validateOrderInput(raw, core.state.products)
    if (validation.ok) {
      valid.push({ input: validation.input, product: validation.product })
    } else {
      const code = isPlainObject(raw) && typeof raw.productCode === "string" ? raw.productCode : ""
      const reason =
        typeof validation.body.message === "string" ? validation.body.message : validation.body.error
      rejectedOrders.push({ productCode: code, reason })
    }
  }
  if (valid.length === 0) {
    return fail(400, "No valid orders", {
      message: "Every order in the request was rejected",
      rejectedOrders,
    })
  }
  const currencies = new Set(valid.map((v) => v.input.currency))
  if (currencies.size > 1) {
    return fail(400, "Mixed currencies", {
      message: "All orders of a bulk request must use the same currency",
    })
  }
  if (core.config.asyncOrders) return acceptAsync(ctx, valid, "bulk", rejectedOrders, idempotencyKey)
  const currency = valid[0].input.currency
  const totalMinor = valid.reduce((sum, v) => sum + toMinor(v.input.valuePurchased), 0)
  const wallet = findWallet(core.state, account.userId, currency)
  if (!wallet || availableMinor(wallet) < totalMinor) {
    return {
      status: 402,
      body: insufficientFundsBody(totalMinor, wallet, currency),
      headers: asyncHeader(ctx),
    }
  }
  const failure = core.faults.takeOrderFailure()
  if (failure) return injectedOrderError(failure.status, failure.reason)
  const orders = core.purchase(account, valid, { orderRequestId: null, idempotencyKey })
  return {
    status: 201,
    body: {
      success: true,
      orders: orders.map((order, i) => createdOrderView(order, valid[i].product)),
      summary: bulkSummary(orders, currency, wallet.balanceMinor),
      rejectedOrders,
    },
    headers: asyncHeader(ctx),
    transport: core.faults.takeDebitThenFail() ?? "respond",
  }
}

const SORT_FIELDS = new Set(["createdAt", "updatedAt", "valuePurchased"])

function sortOrders(orders: StoredOrder[], query: URLSearchParams): StoredOrder[] {
  const requested = query.get("sortBy") ?? "createdAt"
  const field = (SORT_FIELDS.has(requested) ? requested : "createdAt") as
    "createdAt" | "updatedAt" | "valuePurchased"
  const direction = query.get("order")?.toLowerCase() === "asc" ? 1 : -1
  return [...orders].sort((a, b) => {
    const left = a[field]
    const right = b[field]
    const byField =
      typeof left === "number" && typeof right === "number"
        ? left - right
        : String(left).localeCompare(String(right))
    return direction * (byField !== 0 ? byField : a._id.localeCompare(b._id))
  })
}

function ordersOf(ctx: ApiContext, account: Account): StoredOrder[] {
  return ctx.core.state.orders.filter((o) => o.userId === account.userId)
}

function parseBooleanFilter(value: string | null): boolean | undefined {
  if (value === "true") return true
  if (value === "false") return false
  return undefined
}

function searchOrders(ctx: ApiContext): HandlerResult {
  const { query } = ctx
  const start = query.get("startDate")
  const end = query.get("endDate")
  const startTime = start ? Date.parse(start) : undefined
  const endTime = end ? Date.parse(end) : undefined
  if (
    (startTime !== undefined && Number.isNaN(startTime)) ||
    (endTime !== undefined && Number.isNaN(endTime))
  ) {
    return fail(400, "Invalid date", { message: "startDate and endDate must be ISO 8601 dates" })
  }
  const merchant = query.get("merchant")?.toLowerCase()
  const status = query.get("status")
  const isActive = parseBooleanFilter(query.get("isActive"))
  const isPaid = parseBooleanFilter(query.get("isPaid"))
  const matching = ordersOf(ctx, ctx.account).filter((o) => {
    const created = Date.parse(o.createdAt)
    return (
      (!merchant || o.merchant.name.toLowerCase().includes(merchant)) &&
      (!status || o.status === status) &&
      (isActive === undefined || o.isActive === isActive) &&
      (isPaid === undefined || o.isPaid === isPaid) &&
      (startTime === undefined || created >= startTime) &&
      (endTime === undefined || created <= endTime)
    )
  })
  const { page, limit } = readPaging(query, { limit: 10, maxLimit: 100 })
  const { slice, totalPages } = paginate(sortOrders(matching, query), page, limit)
  return ok(
    {
      success: true,
      orders: slice.map(listedOrderView),
      pagination: { total: matching.length, totalPages, currentPage: page, limit },
    },
    200,
    asyncHeader(ctx)
  )
}

/** `/orders` family. Literal paths come before `/orders/:orderId`. */
export const orderRoutes: ApiRoute[] = [
  {
    method: "POST",
    path: "/orders",
    limiter: "orders",
    handler: (ctx) => withIdempotency(ctx, "POST /orders", (key) => createSingle(ctx, key)),
  },
  // Fidelity only: only the plugin client's createBulkOrder (and its contract tests) calls it; no workflow does.
  {
    method: "POST",
    path: "/orders/bulk",
    limiter: "orders",
    handler: (ctx) => withIdempotency(ctx, "POST /orders/bulk", (key) => createBulk(ctx, key)),
  },
  {
    method: "GET",
    path: "/orders",
    limiter: "orders",
    handler: (ctx) => {
      const all = ordersOf(ctx, ctx.account)
      const { page, limit } = readPaging(ctx.query, { limit: 10, maxLimit: 100 })
      const { slice, totalPages } = paginate(sortOrders(all, ctx.query), page, limit)
      return ok(
        { total: all.length, page, totalPages, orders: slice.map(listedOrderView) },
        200,
        asyncHeader(ctx)
      )
    },
  },
  { method: "GET", path: "/orders/search", limiter: "orders", handler: searchOrders },
  {
    method: "GET",
    path: "/orders/order-requests/:id",
    limiter: "orders",
    handler: (ctx) => {
      const request = ctx.core.state.orderRequests.find(
        (r) => r._id === ctx.params.id && r.userId === ctx.account.userId
      )
      if (!request) return fail(404, "Order request not found or access denied")
      return ok(
        {
          orderRequestId: request._id,
          status: request.status,
          type: request.type,
          result: request.result,
          ...(request.error ? { error: request.error } : {}),
          createdAt: request.createdAt,
          updatedAt: request.updatedAt,
        },
        200,
        asyncHeader(ctx)
      )
    },
  },
  {
    method: "GET",
    path: "/orders/:orderId",
    limiter: "orders",
    handler: (ctx) => {
      const id = ctx.params.orderId
      if (!isObjectId(id)) return fail(400, "Invalid order ID", { message: "Invalid order ID format" })
      const order = ctx.core.state.orders.find(
        (o) => o._id === id.toLowerCase() && o.userId === ctx.account.userId
      )
      // Another account's order is indistinguishable from an unknown one.
      if (!order) return fail(404, "Order not found", { message: "Order not found or access denied" })
      return ok(detailedOrderView(order), 200, asyncHeader(ctx))
    },
  },
]
