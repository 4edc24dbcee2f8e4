import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherShippingData } from "../../../lib/gifting/voucher-shipping-data"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"
import { voucherIdempotencyKey } from "../../../lib/gifting/voucher-idempotency-key"
import { PURCHASE_RESCUE_DELAY_MS } from "../../../lib/gifting/voucher-schedule"
import type { VoucherUnit } from "../../../lib/gifting/voucher-units"

export type EnsureVoucherUnitsInput = {
  order_id: string
  recipient: VoucherShippingData | null
  units: VoucherUnit[]
  /** Write new units `held` with this reason (an order over a limit), unless they cannot be bought anyway. */
  hold_reason?: string | null
}

function unitKey(row: { line_item_id: string; unit_index: number }): string {
  return `${row.line_item_id}#${row.unit_index}`
}

/**
 * Writes the purchase ledger before any partner call: one voucher_order row
 * per unit, keyed by its derived idempotency key, with the purchase body's
 * fields frozen. Rows that exist are kept as they are (a re-run never changes
 * what a unit is bought with). A unit that cannot be bought as mapped starts
 * `failed` with the reason; units of an order over a limit start `held`. New rows are linked to the order and are due for
 * the poll job shortly, so a run that dies before buying is picked up.
 *
 * No compensation: the ledger is never removed, whatever fails later.
 */
export const ensureVoucherUnitsStep = createStep(
  "ensure-voucher-units",
  async ({ order_id, recipient, units, hold_reason = null }: EnsureVoucherUnitsInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const existing = (await gifting.listVoucherOrders({ order_id })) as VoucherOrderRecord[]
    const known = new Set(existing.map(unitKey))
    const rescueAt = new Date(Date.now() + PURCHASE_RESCUE_DELAY_MS)
    const missing = (recipient ? units : [])
      .filter((unit) => !known.has(unitKey(unit)))
      .map((unit) => ({
        order_id,
        line_item_id: unit.line_item_id,
        unit_index: unit.unit_index,
        idempotency_key: voucherIdempotencyKey({ order_id, ...unit }),
        key_generation: 0,
        status: unit.problem ? ("failed" as const) : hold_reason ? ("held" as const) : ("pending" as const),
        error: unit.problem ?? hold_reason,
        recipient_email: recipient?.recipient_email ?? "",
        recipient_name: recipient?.recipient_name ?? null,
        gift_message: recipient?.gift_message ?? null,
        product_code: unit.product_code,
        merchant: unit.merchant,
        value: unit.value,
        currency: unit.currency,
        voucher_product_id: unit.voucher_product_id,
        next_poll_at: unit.problem || hold_reason ? null : rescueAt,
      }))
    if (missing.length === 0) {
      return new StepResponse(existing)
    }
    let created: VoucherOrderRecord[]
    try {
      created = (await gifting.createVoucherOrders(missing)) as VoucherOrderRecord[]
    } catch (error) {
      // A concurrent run wrote the same units first: the unique keys kept one row each.
      const winners = (await gifting.listVoucherOrders({ order_id })) as VoucherOrderRecord[]
      const written = new Set(winners.map(unitKey))
      if (missing.every((row) => written.has(unitKey(row)))) return new StepResponse(winners)
      throw error
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(
      created.map((row) => ({
        [Modules.ORDER]: { order_id },
        [GIFTING_MODULE]: { voucher_order_id: row.id },
      }))
    )
    return new StepResponse([...existing, ...created])
  }
)
