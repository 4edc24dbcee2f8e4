import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { readFulfillmentVouchers, type VoucherReceiptEntry } from "../../../lib/gifting/voucher-receipt"
import { ACCEPTED_STATUSES, type VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"
import { isVoucherProviderId } from "../../../lib/gifting/order-kind"

export type VoucherFulfillmentPlan = {
  /** Line items and unit counts to fulfil now (empty: nothing to fulfil). */
  items: { id: string; quantity: number }[]
  /** One entry per unit, handed to the provider in `additional_data`. */
  receipt: VoucherReceiptEntry[]
}

type FulfillmentRow = {
  id: string
  provider_id?: string | null
  canceled_at?: unknown
  data?: Record<string, unknown> | null
}

/** The receipt entry of an accepted row (ids and status only). */
export function receiptEntryOf(row: VoucherOrderRecord): VoucherReceiptEntry {
  return {
    voucher_order_id: row.id,
    line_item_id: row.line_item_id,
    unit_index: row.unit_index,
    status: ACCEPTED_STATUSES.includes(row.status) ? (row.status as VoucherReceiptEntry["status"]) : "failed",
    ugiftme_order_id: row.ugiftme_order_id ?? null,
    order_request_id: row.order_request_id ?? null,
  }
}

/**
 * Decides which bought units still need a Medusa fulfillment: those UGiftMe
 * accepted (queued, processing or succeeded) that no live fulfillment holds.
 * A unit already listed on one of the order's UGiftMe fulfillments (a run that
 * died after Medusa created it) is adopted instead of fulfilled twice.
 */
export const planVoucherFulfillmentStep = createStep(
  "plan-voucher-fulfillment",
  async ({ order_id, active }: { order_id: string; active: boolean }, { container }) => {
    if (!active) return new StepResponse<VoucherFulfillmentPlan>({ items: [], receipt: [] })
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const rows = (await gifting.listVoucherOrders(
      { order_id },
      { order: { line_item_id: "ASC", unit_index: "ASC" } }
    )) as VoucherOrderRecord[]

    const { data } = await query.graph({
      entity: "order",
      fields: [
        "fulfillments.id",
        "fulfillments.provider_id",
        "fulfillments.canceled_at",
        "fulfillments.data",
      ],
      filters: { id: order_id },
    })
    const fulfillments = ((data[0]?.fulfillments ?? []) as (FulfillmentRow | null)[]).filter(
      (fulfillment): fulfillment is FulfillmentRow =>
        isVoucherProviderId(fulfillment?.provider_id) && !fulfillment?.canceled_at
    )
    const holder = new Map<string, string>()
    for (const fulfillment of fulfillments) {
      for (const voucher of readFulfillmentVouchers(fulfillment.data ?? undefined)) {
        holder.set(voucher.voucher_order_id, fulfillment.id)
      }
    }

    const toFulfil: VoucherOrderRecord[] = []
    for (const row of rows) {
      const heldBy = holder.get(row.id)
      if (heldBy && row.fulfillment_id !== heldBy) {
        await gifting.updateVoucherOrders({ id: row.id, fulfillment_id: heldBy })
        continue
      }
      if (!heldBy && !row.fulfillment_id && ACCEPTED_STATUSES.includes(row.status)) {
        toFulfil.push(row)
      }
    }
    const quantities = new Map<string, number>()
    for (const row of toFulfil) quantities.set(row.line_item_id, (quantities.get(row.line_item_id) ?? 0) + 1)
    return new StepResponse<VoucherFulfillmentPlan>({
      items: [...quantities].map(([id, quantity]) => ({ id, quantity })),
      receipt: toFulfil.map(receiptEntryOf),
    })
  }
)
