import type { MedusaContainer } from "@medusajs/framework/types"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"

export type DueGiftOrderQuery = "poll" | "retry" | "claim" | "report"

const PAGE_SIZE = 100

/** Each query's filters and the due-time column it is ordered by. */
const DUE_QUERIES: Record<
  DueGiftOrderQuery,
  (now: Date) => { filters: Record<string, unknown>; due_at: string }
> = {
  poll: (now) => ({
    filters: {
      sync_state: "synced",
      status: "pending",
      claim_state: ["open", "claimed"],
      next_poll_at: { $lte: now },
    },
    due_at: "next_poll_at",
  }),
  retry: (now) => ({
    filters: { sync_state: "failed", next_attempt_at: { $lte: now } },
    due_at: "next_attempt_at",
  }),
  claim: (now) => ({
    filters: { claim_state: "open", claim_next_at: { $lte: now } },
    due_at: "claim_next_at",
  }),
  report: (now) => ({ filters: { status_report_next_at: { $lte: now } }, due_at: "status_report_next_at" }),
}

/**
 * Streams the ids of gift orders due for a poll, a creation retry, a
 * claim-window step or a status report retry, a page at a time, over indexed
 * columns (`status, next_poll_at` / `sync_state, next_attempt_at` /
 * `claim_state, claim_next_at` / `status_report_next_at`), oldest due first.
 * Retries yield Medusa order ids, the others gift order ids. Gifts whose claim window ended
 * (expired, declined, closed) are never polled. Work on a page moves its rows' due
 * times forward; ids already handed out are never repeated in one run.
 */
export async function* dueGiftOrderIds(
  container: MedusaContainer,
  kind: DueGiftOrderQuery,
  now: Date,
  maxTotal: number
): AsyncGenerator<string[]> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const seen = new Set<string>()
  while (seen.size < maxTotal) {
    const { filters, due_at } = DUE_QUERIES[kind](now)
    const rows = await gifting.listGiftOrders(filters, {
      select: ["id", "order_id"],
      take: PAGE_SIZE,
      order: { [due_at]: "ASC" },
    })
    const byOrder = kind === "retry" || kind === "report"
    const fresh = rows.map((row) => (byOrder ? row.order_id : row.id)).filter((id) => !seen.has(id))
    if (fresh.length === 0) return
    const batch = fresh.slice(0, maxTotal - seen.size)
    batch.forEach((id) => seen.add(id))
    yield batch
    if (rows.length < PAGE_SIZE) return
  }
}
