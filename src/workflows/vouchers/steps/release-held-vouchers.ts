import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readOrderPaymentState } from "../../../lib/order-payment"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"

/**
 * Staff's release of an order held over a voucher limit: its `held` units
 * become `pending` (owed, due for the poll job at once), for the purchase run
 * that follows. A second release finds nothing held and changes nothing. A
 * canceled order is refused: its vouchers are never bought.
 *
 * No compensation: once released the units are owed, and the poll job buys
 * them if this run stops (as after a retry's re-arm).
 */
export const releaseHeldVouchersStep = createStep(
  "release-held-vouchers",
  async ({ order_id }: { order_id: string }, { container }) => {
    const payment = await readOrderPaymentState(container, order_id)
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    if (payment.canceled) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order_id} is canceled: its vouchers are not bought`
      )
    }
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const held = (await gifting.listVoucherOrders({ order_id, status: "held" }, { select: ["id"] })) as Pick<
      VoucherOrderRecord,
      "id"
    >[]
    if (held.length > 0) {
      const now = new Date()
      await gifting.updateVoucherOrders(
        held.map(({ id }) => ({ id, status: "pending" as const, error: null, next_poll_at: now }))
      )
    }
    return new StepResponse({ released: held.map(({ id }) => id) })
  }
)
