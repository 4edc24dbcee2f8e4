import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isGiftyzetError, type GiftyzetOrderStatus } from "../../../lib/giftyzet"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"

export type ReportableGiftStatus = Extract<GiftyzetOrderStatus, "dispatched" | "delivered" | "cancelled">

export type SendGiftStatusInput = {
  order_id: string
  /** The status to report; without it, the report still waiting on the gift (its retry). */
  status?: ReportableGiftStatus
}

export type GiftStatusReport =
  /** Nothing sent; `settles_pending`: a report waiting on the gift has nothing left to send either. */
  | { kind: "skipped"; gift_order: GiftOrderRecord | null; settles_pending: boolean }
  | { kind: "reported" | "not_supported"; gift_order: GiftOrderRecord; status: ReportableGiftStatus }
  | { kind: "failed"; gift_order: GiftOrderRecord; status: ReportableGiftStatus; error: string }

/**
 * Tells Giftyzet the gift was dispatched, delivered or cancelled, where the
 * deployment has `PATCH /orders/{id}`; older ones answer "not supported"
 * (404/405). Skipped when the gift is not on Giftyzet or already has that
 * status. A failure is returned, for the record step to schedule its retry.
 */
export const sendGiftStatusToGiftyzetStep = createStep(
  "send-gift-status-to-giftyzet",
  async (input: SendGiftStatusInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const [giftOrder] = (await gifting.listGiftOrders({ order_id: input.order_id })) as GiftOrderRecord[]
    const status = input.status ?? giftOrder?.status_report ?? null
    if (
      !status ||
      !giftOrder?.giftyzet_order_id ||
      giftOrder.sync_state !== "synced" ||
      giftOrder.status === status
    ) {
      const waiting = giftOrder?.status_report
      return new StepResponse<GiftStatusReport>({
        kind: "skipped",
        gift_order: giftOrder ?? null,
        settles_pending: !input.status || !waiting || waiting === giftOrder?.status,
      })
    }
    try {
      const client = await gifting.getGiftyzetClient()
      const answer = await client.updateStatus(giftOrder.giftyzet_order_id, status)
      return new StepResponse<GiftStatusReport>({
        kind: answer.supported ? "reported" : "not_supported",
        gift_order: giftOrder,
        status,
      })
    } catch (error) {
      if (isGiftyzetError(error) || error instanceof Error) {
        return new StepResponse<GiftStatusReport>({
          kind: "failed",
          gift_order: giftOrder,
          status,
          error: error.message,
        })
      }
      throw error
    }
  }
)
