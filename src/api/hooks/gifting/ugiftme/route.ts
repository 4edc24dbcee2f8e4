import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseWebhookEvent, verifyWebhookSignature, webhookEventMismatch } from "../../../../lib/ugiftme"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { handleUgiftmeEvent } from "./handle-ugiftme-event"
import type { UgiftmeWebhookAnswer } from "./types"
import { errorMessage } from "../../../../lib/error-message"

/** UGiftMe gives a receiver 5 s; answer before, and finish in the background if needed. */
const ANSWER_WITHIN_MS = 4_000

/**
 * True when `raw` is signed with one of the store's webhook secrets: the
 * process's cached ones first, then (when none matches) the stored ones read
 * again, so a subscription another process rotated verifies at once.
 */
async function signedByStore(gifting: GiftingModuleService, raw: Buffer, signature: string | undefined) {
  const matches = (secrets: string[] | null) =>
    (secrets ?? []).some((secret) => verifyWebhookSignature(raw, signature, secret))
  if (matches(await gifting.getWebhookSigningSecrets())) return true
  return matches(await gifting.getWebhookSigningSecrets({ refresh: true }))
}

function rawBodyOf(req: MedusaRequest): Buffer | undefined {
  const raw: unknown = req.rawBody
  if (Buffer.isBuffer(raw)) return raw
  return typeof raw === "string" ? Buffer.from(raw, "utf8") : undefined
}

/**
 * `POST /hooks/gifting/ugiftme`: UGiftMe's webhook deliveries. The signature
 * (`X-Webhook-Signature`, hex HMAC-SHA256 of the exact body) is checked over
 * the raw bytes first: 401 for a missing or wrong one, before anything is
 * read or changed. The `X-Webhook-Event` header is not signed: an `order.*`
 * header the signed body's `status` disagrees with is refused with a 400.
 * A verified delivery is applied idempotently (the same
 * delivery twice changes nothing) and answered well within UGiftMe's
 * 5-second window: a report that changes a voucher is handed to a subscriber
 * and answered 202 at once (it needs the order's lock, which a purchase may
 * hold); anything else is applied before a 200, or finishes after a 202 if it
 * takes longer than the deadline. The poll job covers anything lost. 500 asks
 * UGiftMe to deliver again.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<UgiftmeWebhookAnswer>): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const raw = rawBodyOf(req)
  const signature = req.get("x-webhook-signature")
  if (!raw || !signature || !(await signedByStore(gifting, raw, signature))) {
    res.status(401).json({ type: "unauthorized", message: "Invalid or missing webhook signature" })
    return
  }

  // The event header is not signed: an order event must agree with the signed body.
  const mismatch = webhookEventMismatch(req.get("x-webhook-event"), raw)
  if (mismatch) {
    logger.warn(`gifting: refused a signed UGiftMe delivery: ${mismatch}`)
    res.status(400).json({ type: "invalid_data", message: "The event header disagrees with the signed body" })
    return
  }

  const delivery = parseWebhookEvent(req.get("x-webhook-event"), raw)
  if (!delivery) {
    res.status(200).json({ received: true, handled: false })
    return
  }

  const work = handleUgiftmeEvent(req.scope, delivery)
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), ANSWER_WITHIN_MS)
  })
  try {
    const outcome = await Promise.race([work, deadline])
    if (outcome === "late") {
      work.catch((error: Error) =>
        logger.warn(`gifting: UGiftMe ${delivery.event} delivery failed after the answer: ${error.message}`)
      )
      res.status(202).json({ received: true, event: delivery.event, processing: true })
      return
    }
    if (outcome.deferred) {
      res.status(202).json({ received: true, event: delivery.event, processing: true })
      return
    }
    res.status(200).json({ received: true, event: delivery.event, handled: outcome.handled })
  } catch (error) {
    logger.warn(`gifting: could not apply a UGiftMe ${delivery.event} delivery: ${errorMessage(error)}`)
    res
      .status(500)
      .json({ type: "unexpected_state", message: "The delivery could not be applied; deliver it again" })
  } finally {
    clearTimeout(timer)
  }
}
