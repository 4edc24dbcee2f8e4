import { z } from "@medusajs/framework/zod"
import {
  GIFT_CLAIM_STATES,
  GIFT_SYNC_STATES,
  GIFTYZET_STATUSES,
} from "../../../../modules/gifting/models/gift-order"
import { offsetPage } from "../page-queries"

/** Query of `GET /admin/gifting/gift-orders`. */
export const AdminListGiftOrdersQuery = z.object({
  status: z.enum(GIFTYZET_STATUSES).optional(),
  sync_state: z.enum(GIFT_SYNC_STATES).optional(),
  /** Where the claim window stands, e.g. `expired` for the gifts waiting for staff. */
  claim_state: z.enum(GIFT_CLAIM_STATES).optional(),
  /** `true`: only the gifts the jobs parked for staff. */
  parked: z.enum(["true", "false"]).optional(),
  /** An order id, a Giftyzet order number, or part of either. */
  q: z.string().trim().min(1).max(100).optional(),
  ...offsetPage,
})

export type AdminListGiftOrdersQueryType = z.infer<typeof AdminListGiftOrdersQuery>
