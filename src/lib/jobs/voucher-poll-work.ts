import type { VoucherOrderRecord } from "../gifting/voucher-order-records"

/** One piece of the voucher poll's work: the pending units of one order, or one open order request. */
export type VoucherPollWork<R extends VoucherOrderRecord = VoucherOrderRecord> =
  { kind: "rebuy"; order_id: string; due: R[] } | { kind: "check"; voucher: R }

/**
 * A page of due voucher units as the poll's work: pending units are bought
 * again per order (one purchase run covers all of an order's pending units),
 * queued and processing ones have their order request checked one by one.
 * Orders in `rebought` (already bought again earlier in the run) are left
 * out: their units stay due for the next run.
 */
export function voucherPollWork<R extends VoucherOrderRecord>(
  due: readonly R[],
  rebought: ReadonlySet<string> = new Set()
): VoucherPollWork<R>[] {
  const pendingByOrder = new Map<string, R[]>()
  for (const unit of due) {
    if (unit.status !== "pending" || rebought.has(unit.order_id)) continue
    pendingByOrder.set(unit.order_id, [...(pendingByOrder.get(unit.order_id) ?? []), unit])
  }
  return [
    ...[...pendingByOrder].map(([order_id, rows]): VoucherPollWork<R> => ({
      kind: "rebuy",
      order_id,
      due: rows,
    })),
    ...due
      .filter((unit) => unit.status !== "pending")
      .map((voucher): VoucherPollWork<R> => ({ kind: "check", voucher })),
  ]
}

/** The units one piece of work is about (what the job settles after it). */
export function unitsOf<R extends VoucherOrderRecord>(work: VoucherPollWork<R>): R[] {
  return work.kind === "rebuy" ? work.due : [work.voucher]
}
