import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  GiftyzetConflictError,
  GiftyzetGoneError,
  isGiftyzetError,
  type GiftyzetCreateOrderInput,
} from "../../../lib/giftyzet"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { GIFTYZET_HOSTED_CHECKOUT_ERROR } from "../giftyzet-hosted-checkout"
import type { GiftOrderRecord, GiftyzetCreateOutcome } from "../../../lib/gifting/gift-order-records"

export type CreateGiftyzetOrderInput = {
  gift_order: GiftOrderRecord
  payload: GiftyzetCreateOrderInput | null
  /** Why Giftyzet cannot take this order (currency, total): recorded, not retried. */
  refusal?: string | null
  /** The order is canceled: nothing is created on Giftyzet any more. */
  canceled?: boolean
}

/**
 * Creates the Giftyzet order, exactly once per Medusa order: the payload's
 * `external_order_id` is the Medusa order id, and Giftyzet answers 409 to a
 * second create with it, so a create whose answer was lost (timeout, crash)
 * is adopted on the next run instead of duplicated. Partner failures are
 * returned, not thrown, so the workflow records them and the gift stays
 * visible and retryable; a 410 (the deployment takes orders only through
 * Giftyzet's hosted checkout) is recorded as such and never retried. A
 * refused order (see `buildGiftyzetOrderPayload`) never reaches Giftyzet: it
 * fails without retry, for staff to act on. Nor does the gift of a canceled
 * order: it ends `canceled`, whoever runs the sync.
 */
export const createGiftyzetOrderStep = createStep(
  "create-giftyzet-order",
  async ({ gift_order, payload, refusal, canceled }: CreateGiftyzetOrderInput, { container }) => {
    if (gift_order.sync_state === "synced") {
      return new StepResponse<GiftyzetCreateOutcome>({ kind: "already_synced" })
    }
    if (canceled) {
      return new StepResponse<GiftyzetCreateOutcome>({ kind: "canceled" })
    }
    if (!payload) {
      return new StepResponse<GiftyzetCreateOutcome>({
        kind: "failed",
        retryable: false,
        error: `Not sent to Giftyzet: ${refusal ?? "the order cannot be sent"}.`,
      })
    }
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    try {
      const client = await gifting.getGiftyzetClient()
      try {
        const created = await client.createOrder(payload)
        return new StepResponse<GiftyzetCreateOutcome>({
          kind: "created",
          giftyzet_order_id: created.order_id,
          order_number: created.order_number,
          recipient_link: created.recipient_link,
          status: created.status,
        })
      } catch (error) {
        if (!(error instanceof GiftyzetConflictError)) throw error
        const existing = await client.getOrderByExternalId(payload.external_order_id)
        return new StepResponse<GiftyzetCreateOutcome>({
          kind: "adopted",
          giftyzet_order_id: existing.id,
          order_number: existing.order_number,
          // Newer deployments do not return the link on GET; keep any we had.
          recipient_link: existing.recipient_link ?? gift_order.recipient_link ?? null,
          status: existing.status,
        })
      }
    } catch (error) {
      if (error instanceof GiftyzetGoneError) {
        // The deployment moved to its hosted checkout: nothing to retry.
        return new StepResponse<GiftyzetCreateOutcome>({
          kind: "failed",
          retryable: false,
          error: GIFTYZET_HOSTED_CHECKOUT_ERROR,
        })
      }
      if (isGiftyzetError(error)) {
        return new StepResponse<GiftyzetCreateOutcome>({
          kind: "failed",
          retryable: error.retryable,
          error: error.message,
        })
      }
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
        // Not configured: retried on the schedule, so fixing the key heals it.
        return new StepResponse<GiftyzetCreateOutcome>({
          kind: "failed",
          retryable: true,
          error: error.message,
        })
      }
      throw error
    }
  }
)
