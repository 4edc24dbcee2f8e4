import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  VOUCHER_FULFILLMENT_READY_EVENT,
  VOUCHER_ORDER_FAILED_EVENT,
  VOUCHER_ORDER_PARKED_EVENT,
  VOUCHER_ORDER_SUCCEEDED_EVENT,
} from "../../modules/gifting/voucher-events"
import { VOUCHER_RECEIPT_KEY } from "../../lib/gifting/voucher-receipt"
import { cancelUnboughtVouchersStep, canceledOrderOf } from "./steps/cancel-unbought-vouchers"
import { ensureVoucherUnitsStep } from "./steps/ensure-voucher-units"
import { findReadyVoucherFulfillmentsStep } from "./steps/find-ready-voucher-fulfillments"
import { loadVoucherOrderSourceStep } from "./steps/load-voucher-order-source"
import { planVoucherFulfillmentStep } from "./steps/plan-voucher-fulfillment"
import { purchaseVouchersStep } from "./steps/purchase-vouchers"
import { recordVoucherFulfillmentStep } from "./steps/record-voucher-fulfillment"
import { voucherOrderLockKey, type VoucherOrderRecord } from "../../lib/gifting/voucher-order-records"

export type BuyOrderVouchersInput = {
  order_id: string
  /** Staff asked (admin routes): buy without waiting for the payment's capture. */
  by_staff?: boolean
}

export type BuyOrderVouchersResult = {
  order_id: string
  is_voucher_order: boolean
  /** Why the order has no vouchers to buy, when it has none. */
  reason: string | null
  /** Nothing new was bought: the order's payment is not captured yet (`ugiftme.purchaseOn: "capture"`). */
  awaiting_capture: boolean
  vouchers: VoucherOrderRecord[]
  /** The fulfillment this run created, if any. */
  fulfillment_id: string | null
}

export const buyOrderVouchersWorkflowId = "gifting-buy-order-vouchers"

/**
 * Buys the UGiftMe vouchers of an order — exactly once per unit — and fulfils
 * the units UGiftMe accepted through Medusa's `createOrderFulfillmentWorkflow`.
 *
 * Exactly once, through crashes, timeouts, retries and replays:
 * 1. a lock on the order serialises every voucher workflow of the order;
 * 2. the ledger comes first: one voucher_order row per unit, with an
 *    idempotency key derived from order, line item and unit index (unique in
 *    the database) and the purchase body's fields frozen on the row;
 * 3. each unit is bought with its row's key and a body rebuilt from the row,
 *    and the outcome is written before the next call: a lost answer leaves the
 *    row pending, and the next run (poll job, retry, re-delivered event) sends
 *    the same key and bytes, which UGiftMe answers with the first result;
 * 4. a unit that succeeded or is queued is never sent again, and the key only
 *    changes after UGiftMe definitely did not fulfil it;
 * 5. the Medusa fulfillment is created only for accepted units, with their
 *    receipt; the provider never calls UGiftMe.
 *
 * When units are written is the purchase trigger's call (see
 * `loadVoucherOrderSourceStep`): by default once the payment is captured, or
 * when staff ask; units of an order over a limit are written `held` and wait
 * for `releaseHeldVouchersWorkflow`. A canceled order buys nothing more: its
 * units not yet accepted by UGiftMe become `cancelled` (see
 * `cancelUnboughtVouchersStep`).
 *
 * A 402 fails the unit with the required and available amounts; nothing else
 * of the order is blocked, and a retry buys only what is still missing. Safe
 * to run any number of times (auto-fulfil subscriber, admin route, poll job).
 * Emits `gifting.voucher_order.succeeded` / `.failed` / `.parked` per unit, and
 * `gifting.voucher_fulfillment.ready` for fulfillments whose vouchers all
 * succeeded (the `voucher-fulfillment-ready` subscriber ships and delivers them).
 *
 * @example
 * const { result } = await buyOrderVouchersWorkflow(container).run({
 *   input: { order_id: "order_123" },
 * })
 * result.vouchers.map((voucher) => voucher.status) // ["succeeded", "succeeded"]
 */
export const buyOrderVouchersWorkflow = createWorkflow(
  buyOrderVouchersWorkflowId,
  (input: BuyOrderVouchersInput) => {
    const source = loadVoucherOrderSourceStep(input)
    const lockKey = transform({ input }, ({ input }) => voucherOrderLockKey(input.order_id))
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 300 })
    // A canceled order whose `order.canceled` was missed: its unbought units leave the due set here.
    const canceled = transform({ source }, ({ source }) => canceledOrderOf(source))
    cancelUnboughtVouchersStep(canceled)

    const unitsInput = transform({ source }, ({ source }) => ({
      order_id: source.order_id,
      recipient: source.is_voucher_order ? source.recipient : null,
      units: source.is_voucher_order ? source.units : [],
      hold_reason: source.is_voucher_order ? source.hold_reason : null,
    }))
    ensureVoucherUnitsStep(unitsInput)
    const active = transform({ source }, ({ source }) => ({
      order_id: source.order_id,
      active: source.is_voucher_order,
    }))
    const purchased = purchaseVouchersStep(active)
    const plan = planVoucherFulfillmentStep(active)

    const created = when("fulfil-accepted-vouchers", { plan }, ({ plan }) => plan.items.length > 0).then(
      () => {
        const fulfillmentInput = transform({ input, plan, source }, ({ input, plan, source }) => ({
          order_id: input.order_id,
          items: plan.items,
          shipping_option_id: (source.is_voucher_order && source.shipping_option_id) || undefined,
          additional_data: { [VOUCHER_RECEIPT_KEY]: plan.receipt },
        }))
        const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
        const recordInput = transform({ fulfillment, plan }, ({ fulfillment, plan }) => ({
          fulfillment_id: fulfillment.id,
          voucher_order_ids: plan.receipt.map((entry) => entry.voucher_order_id),
        }))
        return recordVoucherFulfillmentStep(recordInput)
      }
    )

    const ready = findReadyVoucherFulfillmentsStep(active)
    releaseLockStep({ key: lockKey })

    const events = transform({ purchased, ready }, ({ purchased, ready }) => ({
      succeeded: purchased.changes
        .filter((change) => change.status === "succeeded")
        .map((change) => ({ id: change.id, order_id: change.order_id })),
      failed: purchased.changes
        .filter((change) => change.status === "failed")
        .map((change) => ({ id: change.id, order_id: change.order_id, error: change.error })),
      parked: purchased.changes
        .filter((change) => change.status === "parked")
        .map((change) => ({ id: change.id, order_id: change.order_id, reason: change.error })),
      ready,
    }))
    emitEventStep({ eventName: VOUCHER_ORDER_SUCCEEDED_EVENT, data: events.succeeded }).config({
      name: "emit-voucher-succeeded",
    })
    emitEventStep({ eventName: VOUCHER_ORDER_FAILED_EVENT, data: events.failed }).config({
      name: "emit-voucher-failed",
    })
    emitEventStep({ eventName: VOUCHER_ORDER_PARKED_EVENT, data: events.parked }).config({
      name: "emit-voucher-parked",
    })
    emitEventStep({ eventName: VOUCHER_FULFILLMENT_READY_EVENT, data: events.ready }).config({
      name: "emit-voucher-fulfillment-ready",
    })

    const result = transform(
      { source, purchased, created },
      ({ source, purchased, created }): BuyOrderVouchersResult => ({
        order_id: source.order_id,
        is_voucher_order: source.is_voucher_order,
        reason: source.is_voucher_order ? null : source.reason,
        awaiting_capture: source.is_voucher_order && source.awaiting_capture,
        vouchers: purchased.vouchers,
        fulfillment_id: created?.fulfillment_id ?? null,
      })
    )
    return new WorkflowResponse(result)
  }
)
