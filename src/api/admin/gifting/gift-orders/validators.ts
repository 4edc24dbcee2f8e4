import { z } from "@medusajs/framework/zod"
import {
  GIFT_CLAIM_STATES,
  GIFT_SYNC_STATES,
  GIFTYZET_STATUSES,
} from "../../../../modules/gifting/models/gift-order"

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
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export type AdminListGiftOrdersQueryType = z.infer<typeof AdminListGiftOrdersQuery>
