import type { SandboxCore } from "./core"
import { fromMinor } from "./money"
import { listedOrderView } from "./orders"
import type { OrderRequest, StoredOrder } from "./types"
import { availableMinor, findWallet, releaseHold } from "./wallet"

/** Bulk summary as in the 201 answer of `POST /orders/bulk`. */
export function bulkSummary(orders: StoredOrder[], currency: string, remainingBalanceMinor: number) {
  const totalMinor = orders.reduce((sum, o) => sum + Math.round(o.valuePurchased * 100), 0)
  return {
    totalOrders: orders.length,
    totalValue: fromMinor(totalMinor),
    currency,
    remainingBalance: fromMinor(remainingBalanceMinor),
  }
}

/**
 * Runs accepted async order requests: `queued` → `processing` →
 * `succeeded` | `failed`, one step every `processingDelayMs`. The wallet hold
 * placed at acceptance is released when the request finishes; a success then
 * debits the wallet for real.
 */
export class OrderProcessor {
  private readonly timers = new Set<NodeJS.Timeout>()

  constructor(private readonly core: SandboxCore) {}

  schedule(request: OrderRequest): void {
    if (request.status === "queued") this.after(() => this.start(request._id))
    else if (request.status === "processing") this.after(() => this.finish(request._id))
  }

  /** Picks up requests left unfinished in a persisted state. */
  resumePending(): void {
    for (const request of this.core.state.orderRequests) this.schedule(request)
  }

  reset(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  private after(step: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      step()
    }, this.core.config.processingDelayMs)
    timer.unref()
    this.timers.add(timer)
  }

  private find(id: string): OrderRequest | undefined {
    return this.core.state.orderRequests.find((r) => r._id === id)
  }

  private start(id: string): void {
    const request = this.find(id)
    if (!request || request.status !== "queued") return
    this.transition(request, "processing")
    this.core.dispatcher.emit(request.userId, "order.processing", {
      orderRequestId: request._id,
      status: "processing",
      type: request.type,
      ...(request.type === "bulk" ? { orderCount: request.inputs.length } : {}),
      timestamp: request.updatedAt,
    })
    this.after(() => this.finish(id))
  }

  private finish(id: string): void {
    const request = this.find(id)
    if (!request || request.status !== "processing") return
    const { state } = this.core
    const wallet = findWallet(state, request.userId, request.currency)
    if (wallet) releaseHold(wallet, request._id)
    const account = this.core.accountByUserId(request.userId)
    if (request.plannedFailure) return this.fail(request, request.plannedFailure)
    if (!account) return this.fail(request, "Account not found")
    const items = []
    for (const input of request.inputs) {
      const product = this.core.productByCode(input.productCode)
      if (!product || !product.isActive) return this.fail(request, `Product not found: ${input.productCode}`)
      items.push({ input, product })
    }
    const available = availableMinor(wallet)
    if (!wallet || available < request.totalMinor) {
      return this.fail(
        request,
        `Insufficient available balance. Required: ${fromMinor(request.totalMinor)}, Available: ${fromMinor(available)} ${request.currency}`
      )
    }
    const orders = this.core.purchase(account, items, {
      orderRequestId: request._id,
      idempotencyKey: request.idempotencyKey,
    })
    const summary = bulkSummary(orders, request.currency, wallet.balanceMinor)
    // Polling gets the full order (single) or the bulk answer; the webhook only ids and a summary.
    request.result =
      request.type === "single"
        ? { orderId: orders[0]._id, ...listedOrderView(orders[0]) }
        : {
            success: true,
            orders: orders.map(listedOrderView),
            summary,
            rejectedOrders: request.rejectedOrders,
          }
    this.transition(request, "succeeded")
    const webhookResult =
      request.type === "single"
        ? {
            orderId: orders[0]._id,
            productCode: orders[0].productCode,
            currency: orders[0].currency,
            valuePurchased: orders[0].valuePurchased,
            status: orders[0].status,
          }
        : { orderIds: orders.map((o) => o._id), summary }
    this.core.dispatcher.emit(request.userId, "order.succeeded", {
      orderRequestId: request._id,
      status: "succeeded",
      type: request.type,
      result: webhookResult,
      timestamp: request.updatedAt,
    })
  }

  private fail(request: OrderRequest, reason: string): void {
    request.error = reason
    this.transition(request, "failed")
    this.core.dispatcher.emit(request.userId, "order.failed", {
      orderRequestId: request._id,
      status: "failed",
      type: request.type,
      error: reason,
      timestamp: request.updatedAt,
    })
  }

  private transition(request: OrderRequest, status: OrderRequest["status"]): void {
    request.status = status
    request.updatedAt = this.core.now().toISOString()
    this.core.persist()
  }
}
