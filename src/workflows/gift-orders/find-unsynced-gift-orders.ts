import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isGiftProviderId } from "../../lib/gifting/order-kind"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import type { ShippingMethodRow } from "../../lib/query-rows"

/**
 * Orders older than this are not reconciled (a gift that old needs staff, not
 * a job). Query cannot filter orders by a shipping method's option, so the job
 * reads the window's orders (id and shipping option ids only) a page at a time.
 */
export const RECONCILE_WINDOW_MS = 2 * 24 * 60 * 60 * 1000
/** A gift row still "waiting" after this long lost its `order.placed` handler mid-way. */
export const STUCK_WAITING_MS = 2 * 60 * 1000

const PAGE_SIZE = 200

/** Shipping options served by the "Send as a gift" provider (any registration id). */
async function giftShippingOptionIds(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "provider_id"] })
  return data.filter((option) => isGiftProviderId(option.provider_id)).map((option) => option.id)
}

/**
 * Ids of recent orders shipped with "Send as a gift" whose gift is not on
 * Giftyzet and is not already scheduled for a retry: no gift row at all (the
 * `order.placed` event was lost, e.g. the process died) or a row stuck in
 * `waiting`. Failed gifts are the retry job's.
 */
export async function findUnsyncedGiftOrderIds(container: MedusaContainer, now: Date): Promise<string[]> {
  const optionIds = await giftShippingOptionIds(container)
  if (optionIds.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now.getTime() - RECONCILE_WINDOW_MS)
  const stuckBefore = now.getTime() - STUCK_WAITING_MS
  const unsynced: string[] = []
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "created_at",
        "shipping_methods.shipping_option_id",
        "gift_order.sync_state",
        "gift_order.created_at",
      ],
      filters: { created_at: { $gte: since } },
      pagination: { skip, take: PAGE_SIZE, order: { created_at: "ASC" } },
    })
    for (const order of data) {
      const isGift = (order.shipping_methods ?? []).some((method: ShippingMethodRow) =>
        optionIds.includes(method?.shipping_option_id ?? "")
      )
      const gift = order.gift_order
      const stuck = gift?.sync_state === "waiting" && new Date(gift.created_at).getTime() < stuckBefore
      if (isGift && (!gift || stuck)) unsynced.push(order.id)
    }
    if (data.length < PAGE_SIZE) break
  }
  // Rows stuck in "waiting" whose order fell out of the query's window.
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const stuckRows = await gifting.listGiftOrders(
    { sync_state: "waiting", created_at: { $lt: new Date(stuckBefore) } },
    { select: ["order_id"], take: PAGE_SIZE }
  )
  return [...new Set([...unsynced, ...stuckRows.map((row) => row.order_id)])]
}
