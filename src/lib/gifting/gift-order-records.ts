import type { InferTypeOf } from "@medusajs/framework/types"
import type GiftOrder from "../../modules/gifting/models/gift-order"

/** A gift_order row as the module service returns it. */
export type GiftOrderRecord = InferTypeOf<typeof GiftOrder>

/** What one attempt to create the Giftyzet order ended with. */
export type GiftyzetCreateOutcome =
  | { kind: "already_synced" }
  | {
      kind: "created" | "adopted"
      giftyzet_order_id: string
      order_number: string
      recipient_link: string | null
      status: GiftOrderRecord["status"]
    }
  | { kind: "failed"; retryable: boolean; error: string }
  /** The order was canceled before its gift reached Giftyzet: it is never created there. */
  | { kind: "canceled" }
