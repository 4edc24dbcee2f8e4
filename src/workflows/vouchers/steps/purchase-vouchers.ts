import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RESUMED } from "../../../lib/jobs/row-failures"
import type { UgiftmeClient } from "../../../lib/ugiftme"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { findVoucherPurchase } from "../find-voucher-purchase"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"
import { buildVoucherPurchase } from "../../../lib/gifting/voucher-payload"
import {
  outcomeOfPurchase,
  outcomeOfPurchaseError,
  stopsThePurchaseRun,
  type VoucherPurchaseOutcome,
} from "../../../lib/gifting/voucher-purchase-outcome"
import {
  keyReuseExpired,
  nextPurchaseRetryAt,
  nextVoucherPollAt,
} from "../../../lib/gifting/voucher-schedule"
import { mirrorVoucherOnFulfillment, receiptStatusOf } from "./fulfillment-voucher-status"

/** A row whose status this run changed to a final one, for the events. */
export type VoucherStatusChange = {
  id: string
  order_id: string
  status: "succeeded" | "failed" | "parked"
  error: string | null
}

export type PurchaseVouchersResult = {
  vouchers: VoucherOrderRecord[]
  changes: VoucherStatusChange[]
}

/** A purchase sent with the row's key starts the key's clock and counts against its cap. */
function keyUse(row: VoucherOrderRecord, sent: boolean, now: Date) {
  return sent
    ? { key_sent_at: row.key_sent_at ?? now, key_sends: (row.key_sends ?? 0) + 1 }
    : { key_sent_at: row.key_sent_at ?? null, key_sends: row.key_sends ?? 0 }
}

function updateFor(row: VoucherOrderRecord, outcome: VoucherPurchaseOutcome, now: Date, sent: boolean) {
  const attempts = (row.attempts ?? 0) + 1
  const key = keyUse(row, sent, now)
  switch (outcome.kind) {
    case "succeeded":
      return {
        id: row.id,
        ...key,
        attempts,
        status: "succeeded" as const,
        ugiftme_order_id: outcome.ugiftme_order_id,
        error: null,
        next_poll_at: null,
        completed_at: now,
        ...RESUMED,
      }
    case "accepted":
      return {
        id: row.id,
        ...key,
        attempts,
        status: outcome.status,
        order_request_id: outcome.order_request_id,
        error: null,
        next_poll_at: nextVoucherPollAt(0, now),
        ...RESUMED,
      }
    case "refused":
      return {
        id: row.id,
        ...key,
        attempts,
        status: "failed" as const,
        error: outcome.error.slice(0, 1000),
        next_poll_at: null,
      }
    case "parked":
      return {
        id: row.id,
        ...key,
        attempts,
        status: "parked" as const,
        error: outcome.error.slice(0, 1000),
        next_poll_at: null,
      }
    case "unknown":
      return {
        id: row.id,
        ...key,
        attempts,
        status: "pending" as const,
        error: outcome.error.slice(0, 1000),
        next_poll_at: nextPurchaseRetryAt(attempts, now, outcome.retry_after_ms),
      }
  }
}

/**
 * Buys every `pending` unit of the order, one `POST /orders` per unit, in a
 * stable order. Each call carries the row's idempotency key and a body rebuilt
 * from the row, and its outcome is written to the row before the next call,
 * so a crash loses at most one answer — which the next run gets back as a
 * replay under the same key. A 402 or other refusal fails that unit with the
 * reason; an unknown outcome
 * (5xx, timeout, 429, 409 "in progress") leaves it pending for the poll job
 * and stops the run. A key older than its bound, or sent too often, is not
 * sent again: the purchase is looked for at UGiftMe (`findVoucherPurchase`),
 * adopted when found and otherwise parked for staff. Units that failed or
 * were parked are not retried here: staff re-arm them (see
 * `retryVoucherOrderWorkflow`), with the next key generation.
 *
 * No compensation: a voucher UGiftMe has issued cannot be taken back, and
 * every outcome is already recorded.
 */
export const purchaseVouchersStep = createStep(
  "purchase-vouchers",
  async ({ order_id, active }: { order_id: string; active: boolean }, { container }) => {
    if (!active) return new StepResponse<PurchaseVouchersResult>({ vouchers: [], changes: [] })
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const pending = (await gifting.listVoucherOrders(
      { order_id, status: "pending" },
      { order: { line_item_id: "ASC", unit_index: "ASC" } }
    )) as VoucherOrderRecord[]
    const changes: VoucherStatusChange[] = []

    let client: UgiftmeClient | null = null
    let notConfigured: VoucherPurchaseOutcome | null = null
    if (pending.length > 0) {
      try {
        client = await gifting.getUgiftmeClient()
      } catch (error) {
        notConfigured = outcomeOfPurchaseError(error, "")
      }
    }

    for (const row of pending) {
      let outcome: VoucherPurchaseOutcome
      let sent = false
      if (notConfigured || !client) {
        outcome = notConfigured ?? { kind: "refused", error: "UGiftMe is not configured" }
      } else if (keyReuseExpired(row, new Date())) {
        outcome = await findVoucherPurchase(gifting, client, row)
      } else {
        sent = true
        // The key's clock starts before its first send: a crash right after it still counts.
        if (!row.key_sent_at) {
          row.key_sent_at = new Date()
          await gifting.updateVoucherOrders({ id: row.id, key_sent_at: row.key_sent_at })
        }
        try {
          const result = await client.createOrder(buildVoucherPurchase(row), {
            idempotencyKey: row.idempotency_key,
          })
          outcome = outcomeOfPurchase(result)
        } catch (error) {
          outcome = outcomeOfPurchaseError(error, row.currency)
        }
      }
      const updated = (await gifting.updateVoucherOrders(
        updateFor(row, outcome, new Date(), sent)
      )) as VoucherOrderRecord
      if (updated.fulfillment_id) {
        // A re-armed unit of a fulfillment that exists: keep its data truthful.
        await mirrorVoucherOnFulfillment(container, updated.fulfillment_id, {
          id: updated.id,
          status: receiptStatusOf(updated.status),
          ugiftme_order_id: updated.ugiftme_order_id ?? null,
          order_request_id: updated.order_request_id ?? null,
        })
      }
      if (outcome.kind === "succeeded") {
        changes.push({ id: row.id, order_id, status: "succeeded", error: null })
      } else if (outcome.kind === "refused" || outcome.kind === "parked") {
        changes.push({
          id: row.id,
          order_id,
          status: outcome.kind === "refused" ? "failed" : "parked",
          error: outcome.error,
        })
      }
      if (outcome.kind !== "succeeded" && outcome.kind !== "accepted") {
        logger.warn(`gifting: voucher ${row.id} of order ${order_id} not bought: ${outcome.error}`)
      }
      if (stopsThePurchaseRun(outcome)) break
    }
    const vouchers = (await gifting.listVoucherOrders({ order_id })) as VoucherOrderRecord[]
    return new StepResponse<PurchaseVouchersResult>({ vouchers, changes })
  }
)
