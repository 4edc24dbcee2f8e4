import type { FaultProxy } from "../../../scripts/bench/fault-proxy"

const CONTROL = "/__sandbox/giftyzet"

export type GiftyzetStoredOrder = { id: string; external_order_id: string }
export type GiftyzetCreateCalls = { received: number; accepted: number; conflicts: number }

/**
 * What Giftyzet saw, for tests that judge the store by the partner's side: the
 * sandbox's control endpoints (its orders, create calls per order, injected
 * latency) and the status reads in the log of the proxy in front of it.
 */
export function giftyzetObserver(sandboxUrl: string, proxy: FaultProxy) {
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${sandboxUrl}${CONTROL}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`Giftyzet control ${method} ${path} answered ${response.status}`)
    return (await response.json()) as T
  }
  return {
    orders: async () => (await control<{ orders: GiftyzetStoredOrder[] }>("GET", "/orders")).orders,
    createCalls: (orderId: string) => control<GiftyzetCreateCalls>("GET", `/create-calls/${orderId}`),
    /** Every matching request waits `ms` first, until `clearFaults`. */
    addLatency: (ms: number, match: { method: string; path_prefix?: string }) =>
      control("POST", "/faults", { kind: "latency", latency_ms: ms, ...match }),
    clearFaults: () => control("DELETE", "/faults"),
    /** Status reads (by external order id) made in [from, to], by Medusa order id. */
    statusReads(from: number, to: number): Map<string, number> {
      const reads = new Map<string, number>()
      for (const entry of proxy.log()) {
        const url = new URL(entry.url, "http://proxy")
        const orderId = url.searchParams.get("external_order_id")
        if (entry.method !== "GET" || url.pathname !== "/api/plugin/v1/orders" || !orderId) continue
        if (entry.at < from || entry.at > to) continue
        reads.set(orderId, (reads.get(orderId) ?? 0) + 1)
      }
      return reads
    },
  }
}
