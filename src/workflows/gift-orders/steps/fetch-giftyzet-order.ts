import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isGiftyzetError, type GiftyzetOrder } from "../../../lib/giftyzet"
import { giftyzetReads } from "../../../lib/jobs/giftyzet-reads"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"

export type FetchedGiftyzetOrder =
  | { kind: "skipped"; gift_order: GiftOrderRecord | null }
  | { kind: "fetched"; gift_order: GiftOrderRecord; partner: GiftyzetOrder }
  | { kind: "failed"; gift_order: GiftOrderRecord; error: string }

/**
 * Reads the gift's current state from Giftyzet (by the Medusa order id, which
 * works on every deployment generation). Only synced gifts are read, through
 * the process's Giftyzet read slots (`giftyzetReads`).
 */
export const fetchGiftyzetOrderStep = createStep(
  "fetch-giftyzet-order",
  async ({ gift_order_id }: { gift_order_id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const [giftOrder] = (await gifting.listGiftOrders({ id: gift_order_id })) as GiftOrderRecord[]
    if (!giftOrder || giftOrder.sync_state !== "synced") {
      return new StepResponse<FetchedGiftyzetOrder>({ kind: "skipped", gift_order: giftOrder ?? null })
    }
    try {
      const client = await gifting.getGiftyzetClient()
      const partner = await giftyzetReads.run(() => client.getOrderByExternalId(giftOrder.order_id))
      return new StepResponse<FetchedGiftyzetOrder>({ kind: "fetched", gift_order: giftOrder, partner })
    } catch (error) {
      if (isGiftyzetError(error) || error instanceof Error) {
        return new StepResponse<FetchedGiftyzetOrder>({
          kind: "failed",
          gift_order: giftOrder,
          error: error.message,
        })
      }
      throw error
    }
  }
)
