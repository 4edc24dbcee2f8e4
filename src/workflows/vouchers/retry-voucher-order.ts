import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buyOrderVouchersWorkflow } from "./buy-order-vouchers"
import { loadVoucherOrderStep } from "./steps/load-voucher-order"
import { rearmVoucherOrderStep } from "./steps/rearm-voucher-order"
import { voucherOrderLockKey } from "../../lib/gifting/voucher-order-records"

export type RetryVoucherOrderInput = { voucher_order_id: string }

export const retryVoucherOrderWorkflowId = "gifting-retry-voucher-order"

/**
 * Staff's "retry" of a voucher that failed (a 402 once the wallet is funded,
 * a mapping fixed, an order request UGiftMe failed) or was parked (its
 * outcome unknown past the key's bound): re-arms the unit with a new key, then
 * runs {@link buyOrderVouchersWorkflow} for its order, which buys what is
 * still owed — never a unit UGiftMe already accepted — and fulfils it.
 *
 * @example
 * const { result } = await retryVoucherOrderWorkflow(container).run({
 *   input: { voucher_order_id: "vord_123" },
 * })
 * result.vouchers.find((voucher) => voucher.id === "vord_123")?.status // "succeeded"
 */
export const retryVoucherOrderWorkflow = createWorkflow(
  retryVoucherOrderWorkflowId,
  (input: RetryVoucherOrderInput) => {
    const voucher = loadVoucherOrderStep(input)
    const lockKey = transform({ voucher }, ({ voucher }) => voucherOrderLockKey(voucher.order_id))
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 60 })
    rearmVoucherOrderStep(input)
    releaseLockStep({ key: lockKey })
    const buyInput = transform({ voucher }, ({ voucher }) => ({ order_id: voucher.order_id, by_staff: true }))
    const bought = buyOrderVouchersWorkflow.runAsStep({ input: buyInput })
    return new WorkflowResponse(bought)
  }
)
