import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { appendTimeline } from "../../../../lib/gifting/claim-timeline"
import type { GiftOrderRecord } from "../../../../lib/gifting/gift-order-records"

/** Adds staff's "Resend link" to the gift's timeline, once per request (only when something was sent). */
export const recordGiftLinkResentStep = createStep(
  "record-gift-link-resent",
  async (
    {
      gift_order_id,
      sent,
      idempotency_key,
    }: { gift_order_id: string; sent: string[]; idempotency_key: string },
    { container }
  ) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const gift = (await gifting.retrieveGiftOrder(gift_order_id)) as GiftOrderRecord
    if (sent.length === 0) return new StepResponse(gift)
    const updated = (await gifting.updateGiftOrders({
      id: gift_order_id,
      claim_timeline: appendTimeline(gift.claim_timeline, [
        {
          at: (await gifting.now()).toISOString(),
          type: "link_resent",
          actor: "staff",
          detail: sent.join(", "),
          key: idempotency_key,
        },
      ]),
    })) as GiftOrderRecord
    return new StepResponse(updated)
  }
)
