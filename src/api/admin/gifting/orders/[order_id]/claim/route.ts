import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { closeGiftClaimWorkflow } from "../../../../../../workflows/gift-orders/claim/close-gift-claim"
import { extendGiftClaimWorkflow } from "../../../../../../workflows/gift-orders/claim/extend-gift-claim"
import { resendGiftLinkWorkflow } from "../../../../../../workflows/gift-orders/claim/resend-gift-link"
import { resendRefusal } from "../../../../../../lib/gifting/claim-decisions"
import { findGiftOrder, findRequestedRecipient } from "../../../../../../lib/gifting/gift-order-lookup"
import { toAdminGiftOrder } from "../../../../../gifting-serializers"
import type { AdminGiftOrderResponse } from "../types"
import type { AdminGiftClaimActionType } from "./validators"

/**
 * `POST /admin/gifting/orders/:order_id/claim`: staff's actions on a gift's
 * claim window — `extend` (by `days`), `resend_link` (a new notification of
 * the same link), `ship_to_buyer`, `cancel_and_refund` (cancels the order and
 * refunds the captured payment through Medusa's workflows). Each is
 * idempotent (the same `idempotency_key`, or the outcome already taken, does
 * nothing more) and answers 400 when it no longer applies. Answers the gift
 * as `GET` does, with its timeline.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminGiftClaimActionType>,
  res: MedusaResponse<AdminGiftOrderResponse>
) {
  const orderId = req.params.order_id
  const gift = await findGiftOrder(req.scope, orderId)
  if (!gift) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} has no gift on Giftyzet`)
  }
  const body = req.validatedBody
  if (body.action === "extend") {
    await extendGiftClaimWorkflow(req.scope).run({
      input: { gift_order_id: gift.id, days: body.days, idempotency_key: body.idempotency_key },
    })
  } else if (body.action === "resend_link") {
    const refusal = resendRefusal(gift)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    await resendGiftLinkWorkflow(req.scope).run({
      input: { gift_order_id: gift.id, idempotency_key: body.idempotency_key },
    })
  } else {
    await closeGiftClaimWorkflow(req.scope).run({
      input: { gift_order_id: gift.id, trigger: "staff", outcome: body.action },
    })
  }
  const [updated, requested] = await Promise.all([
    findGiftOrder(req.scope, orderId),
    findRequestedRecipient(req.scope, orderId),
  ])
  res.json({ gift_order: toAdminGiftOrder(updated, orderId, requested) })
}
