import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import type { GiftOrderRecord } from "../../../../lib/gifting/gift-order-records"
import { toAdminGiftOrder, type AdminGiftOrder } from "../../../gifting-serializers"
import type { AdminListGiftOrdersQueryType } from "./validators"

export type AdminListGiftOrdersResponse = {
  gift_orders: AdminGiftOrder[]
  count: number
  limit: number
  offset: number
}

/**
 * `GET /admin/gifting/gift-orders`: gifts, newest first, filtered by Giftyzet
 * status, sync state, claim state or parking (`parked=true`), searched by
 * order id or Giftyzet order number. Each gift carries its claim window
 * (deadline, state, outcome).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListGiftOrdersQueryType>,
  res: MedusaResponse<AdminListGiftOrdersResponse>
) {
  const { status, sync_state, claim_state, parked, q, limit, offset } =
    req.validatedQuery as AdminListGiftOrdersQueryType
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const filters = {
    ...(status ? { status } : {}),
    ...(sync_state ? { sync_state } : {}),
    ...(claim_state ? { claim_state } : {}),
    ...(parked ? { parked_at: parked === "true" ? { $ne: null } : null } : {}),
    ...(q ? { $or: [{ order_id: { $ilike: `%${q}%` } }, { order_number: { $ilike: `%${q}%` } }] } : {}),
  }
  const [rows, count] = await gifting.listAndCountGiftOrders(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  res.json({
    gift_orders: (rows as GiftOrderRecord[]).map((row) => toAdminGiftOrder(row, row.order_id, null)),
    count,
    limit,
    offset,
  })
}
