// When a gift's recipient link becomes readable on the store route: every
// 25 ms one query finds the watched orders whose gift row holds its link (so
// the watcher adds no load on the store per order), and each of those is read
// once through `GET /store/gifting/orders/:id`; the link counts as readable
// when that answer carries it. Latency = that answer's time − the moment
// `POST /store/carts/:id/complete` answered.

const TICK_MS = 25

export function watchLinks({ store, database }) {
  /** order id → when its cart completion answered (ms, Date.now()). */
  const watched = new Map()
  const readable = new Map()
  let stopped = false
  let deadline = Infinity
  const loop = (async () => {
    while (!stopped || watched.size > 0) {
      if (watched.size > 0) {
        const rows = await database.query(
          `SELECT order_id FROM gift_order
           WHERE order_id = ANY($1) AND recipient_link IS NOT NULL AND deleted_at IS NULL`,
          [[...watched.keys()]]
        )
        await Promise.all(
          rows.map(async ({ order_id }) => {
            const { gift_order } = await store.get(`/store/gifting/orders/${order_id}`)
            if (!gift_order?.recipient_link || !watched.has(order_id)) return
            readable.set(order_id, Date.now() - watched.get(order_id))
            watched.delete(order_id)
          })
        )
      }
      if (stopped && Date.now() > deadline) break
      await new Promise((resolve) => setTimeout(resolve, TICK_MS))
    }
  })()
  return {
    /** Starts watching an order whose cart completion answered at `completedAt`. */
    add(orderId, completedAt) {
      watched.set(orderId, completedAt)
    },
    /** Resolves when `orderId` is readable, or after `timeoutMs`. */
    async until(orderId, timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs
      while (!readable.has(orderId) && Date.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, TICK_MS))
      }
      return readable.get(orderId) ?? null
    },
    /** Latencies (ms) of `orderIds` that became readable. */
    latencies(orderIds) {
      return orderIds.filter((id) => readable.has(id)).map((id) => readable.get(id))
    },
    /** Stops after the watched orders are readable, or after `timeoutMs`. */
    async stop(timeoutMs = 60_000) {
      deadline = Date.now() + timeoutMs
      stopped = true
      await loop
      const unread = [...watched.keys()]
      watched.clear()
      return { unread }
    },
  }
}
