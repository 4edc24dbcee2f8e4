import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isGiftProviderId } from "../gifting/order-kind"
import type { ShippingMethodRow } from "../query-rows"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { pageDueRows } from "./due-pages"

/**
 * Orders older than this are not reconciled (a gift that old needs staff, not
 * a job). Query cannot filter orders by a shipping method's option, so the job
 * reads the window's orders (id and shipping option ids only) a page at a time.
 */
export const RECONCILE_WINDOW_MS = 2 * 24 * 60 * 60 * 1000
/** A gift row still "waiting" after this long lost its `order.placed` handler mid-way. */
export const STUCK_WAITING_MS = 2 * 60 * 1000
/** Upper bound of stuck rows whose order fell out of the window, per run. */
const STUCK_MAX_PER_RUN = 200

const PAGE_SIZE = 200

/** Shipping options served by the "Send as a gift" provider (any registration id). */
async function giftShippingOptionIds(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "provider_id"] })
  return data.filter((option) => isGiftProviderId(option.provider_id)).map((option) => option.id)
}

/**
 * Pages of the ids of recent orders shipped with "Send as a gift" whose gift
 * is not on Giftyzet and not already scheduled for a retry: no gift row at
 * all (the `order.placed` event was lost, e.g. the process died) or a row
 * stuck in `waiting` (`listUnsyncedGiftOrderIds`, one query per page of
 * orders); then the stuck rows whose order fell out of the window
 * (`listStuckGiftOrders`). Failed gifts are the retry job's. An order id is
 * handed out once per run.
 */
export async function* unsyncedGiftOrderIdPages(
  container: MedusaContainer,
  now: Date
): AsyncGenerator<string[]> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const stuckBefore = new Date(now.getTime() - STUCK_WAITING_MS)
  const handedOut = new Set<string>()
  const fresh = (ids: string[]) => {
    const page = ids.filter((id) => !handedOut.has(id))
    page.forEach((id) => handedOut.add(id))
    return page
  }
  const optionIds = await giftShippingOptionIds(container)
  if (optionIds.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now.getTime() - RECONCILE_WINDOW_MS)
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "created_at", "shipping_methods.shipping_option_id"],
      filters: { created_at: { $gte: since } },
      pagination: { skip, take: PAGE_SIZE, order: { created_at: "ASC" } },
    })
    const giftOrderIds = data
      .filter((order) =>
        (order.shipping_methods ?? []).some((method: ShippingMethodRow) =>
          optionIds.includes(method?.shipping_option_id ?? "")
        )
      )
      .map((order) => order.id)
    const page = fresh(await gifting.listUnsyncedGiftOrderIds(giftOrderIds, stuckBefore))
    if (page.length > 0) yield page
    if (data.length < PAGE_SIZE) break
  }
  const stuck = pageDueRows((page) => gifting.listStuckGiftOrders(stuckBefore, page), {
    maxTotal: STUCK_MAX_PER_RUN,
  })
  for await (const rows of stuck) {
    const page = fresh(rows.map((row) => row.order_id))
    if (page.length > 0) yield page
  }
}
