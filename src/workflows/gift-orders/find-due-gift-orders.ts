import type { MedusaContainer } from "@medusajs/framework/types"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"

export type DueGiftOrderQuery = "poll" | "retry" | "claim"

const PAGE_SIZE = 100

/**
 * Streams the ids of gift orders due for a poll, a creation retry or a
 * claim-window step, a page at a time, over indexed columns (`status,
 * next_poll_at` / `sync_state, next_attempt_at` / `claim_state,
 * claim_next_at`), oldest due first. Gifts whose claim window ended
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
    const rows =
      kind === "poll"
        ? await gifting.listGiftOrders(
            {
              sync_state: "synced",
              status: "pending",
              claim_state: ["open", "claimed"],
              next_poll_at: { $lte: now },
            },
            { select: ["id"], take: PAGE_SIZE, order: { next_poll_at: "ASC" } }
          )
        : kind === "claim"
          ? await gifting.listGiftOrders(
              { claim_state: "open", claim_next_at: { $lte: now } },
              { select: ["id"], take: PAGE_SIZE, order: { claim_next_at: "ASC" } }
            )
          : await gifting.listGiftOrders(
              { sync_state: "failed", next_attempt_at: { $lte: now } },
              { select: ["id", "order_id"], take: PAGE_SIZE, order: { next_attempt_at: "ASC" } }
            )
    const fresh = rows.map((row) => (kind === "retry" ? row.order_id : row.id)).filter((id) => !seen.has(id))
    if (fresh.length === 0) return
    const batch = fresh.slice(0, maxTotal - seen.size)
    batch.forEach((id) => seen.add(id))
    yield batch
    if (rows.length < PAGE_SIZE) return
  }
}
