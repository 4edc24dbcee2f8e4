import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherOrderRecord, VoucherOrderStatus } from "../../../lib/gifting/voucher-order-records"
import type { VoucherOrderSource } from "./load-voucher-order-source"

/** Units UGiftMe has not accepted: nothing of them may be bought once the order is canceled. */
const UNBOUGHT_STATUSES: VoucherOrderStatus[] = ["pending", "held", "failed"]

export const CANCELED_ORDER_ERROR = "The order was canceled before this voucher was bought"

/** What staff are told of a unit whose last purchase attempt got no answer (it may exist at UGiftMe). */
function cancelledError(row: VoucherOrderRecord): string {
  return row.status === "pending" && (row.attempts ?? 0) > 0
    ? `${CANCELED_ORDER_ERROR}; the answer to its last purchase attempt was lost, so check UGiftMe for key ${row.idempotency_key} before refunding`
    : CANCELED_ORDER_ERROR
}

/** The step's input from the order's source: whether the order is canceled. */
export function canceledOrderOf(source: VoucherOrderSource): { order_id: string; canceled: boolean } {
  return { order_id: source.order_id, canceled: !source.is_voucher_order && Boolean(source.canceled) }
}

/**
 * The units of a canceled order that UGiftMe has not accepted (pending, held
 * or failed) become `cancelled`: no job, retry or release buys them, and
 * `next_poll_at` is cleared so they leave every due query. Units UGiftMe
 * accepted stay as they are (an issued voucher cannot be recalled) and are
 * still followed to their outcome. Run under the order's voucher lock. No
 * compensation: a canceled order is not un-canceled.
 */
export const cancelUnboughtVouchersStep = createStep(
  "cancel-unbought-vouchers",
  async ({ order_id, canceled }: { order_id: string; canceled: boolean }, { container }) => {
    if (!canceled) return new StepResponse({ cancelled: [] as string[] })
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const rows = (await gifting.listVoucherOrders({
      order_id,
      status: UNBOUGHT_STATUSES,
    })) as VoucherOrderRecord[]
    if (rows.length > 0) {
      await gifting.updateVoucherOrders(
        rows.map((row) => ({
          id: row.id,
          status: "cancelled" as const,
          error: cancelledError(row),
          next_poll_at: null,
        }))
      )
    }
    return new StepResponse({ cancelled: rows.map((row) => row.id) })
  }
)
