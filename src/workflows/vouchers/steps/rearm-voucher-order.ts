import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { toMajorUnits } from "../../../lib/gifting/money"
import {
  ACCEPTED_STATUSES,
  type VoucherOrderRecord,
  type VoucherProductRecord,
} from "../../../lib/gifting/voucher-order-records"
import { voucherIdempotencyKey } from "../../../lib/gifting/voucher-idempotency-key"
import type { VoucherPurchaseSource } from "../../../lib/gifting/voucher-payload"

/**
 * Makes a failed unit owed again, for the purchase run that follows:
 * - a unit UGiftMe accepted is refused (it is never bought twice);
 * - a pending unit is left as it is (its key and body are replayed);
 * - a failed or parked unit goes back to `pending`. Its body is refreshed
 *   from the current mapping (the merchant may have fixed it), and its key
 *   moves to the next generation: a failed unit was definitely not fulfilled
 *   under the old key (a refusal, or a failed order request), and a service
 *   may replay that stored failure for it; a parked unit's key is past its
 *   bound, and staff checked UGiftMe before retrying.
 *
 * No compensation: once re-armed the unit is owed, and the poll job buys it
 * if this run stops; restoring "failed" could hide a purchase made meanwhile.
 */
export const rearmVoucherOrderStep = createStep(
  "rearm-voucher-order",
  async ({ voucher_order_id }: { voucher_order_id: string }, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const [voucher] = (await gifting.listVoucherOrders({ id: voucher_order_id })) as VoucherOrderRecord[]
    if (!voucher) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Voucher order ${voucher_order_id} was not found`)
    }
    if (ACCEPTED_STATUSES.includes(voucher.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Voucher ${voucher.id} is ${voucher.status} at UGiftMe: it is never bought twice, there is nothing to retry`
      )
    }
    if (voucher.status === "pending") {
      return new StepResponse({ voucher, key_changed: false })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "currency_code", "status"],
      filters: { id: voucher.order_id },
    })
    const order = orders[0]
    if (!order || order.status === "canceled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${voucher.order_id} is canceled: its vouchers are not bought`
      )
    }
    const [mapping] = voucher.voucher_product_id
      ? ((await gifting.listVoucherProducts({ id: voucher.voucher_product_id })) as VoucherProductRecord[])
      : []
    const fresh: VoucherPurchaseSource = {
      product_code: mapping?.product_code ?? voucher.product_code,
      merchant: mapping?.merchant ?? voucher.merchant,
      currency: mapping?.currency ?? voucher.currency,
      value:
        mapping?.face_value_mode === "fixed" && mapping.fixed_value != null
          ? mapping.fixed_value
          : voucher.value,
      recipient_email: voucher.recipient_email,
      recipient_name: voucher.recipient_name,
      gift_message: voucher.gift_message,
    }
    const orderCurrency = String(order.currency_code).toUpperCase()
    if (fresh.currency !== orderCurrency) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The order is in ${orderCurrency} but UGiftMe product ${fresh.product_code} is sold in ${fresh.currency}: fix the mapping first`
      )
    }

    const bump = voucher.status === "failed" || voucher.status === "parked"
    const generation = (voucher.key_generation ?? 0) + (bump ? 1 : 0)
    let fulfillmentId = voucher.fulfillment_id ?? null
    if (fulfillmentId) {
      const { data: fulfillments } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "canceled_at"],
        filters: { id: fulfillmentId },
      })
      if (!fulfillments[0] || fulfillments[0].canceled_at) fulfillmentId = null
    }
    const updated = (await gifting.updateVoucherOrders({
      id: voucher.id,
      status: "pending",
      error: null,
      order_request_id: null,
      key_generation: generation,
      key_sent_at: bump ? null : (voucher.key_sent_at ?? null),
      key_sends: bump ? 0 : (voucher.key_sends ?? 0),
      idempotency_key: voucherIdempotencyKey({
        order_id: voucher.order_id,
        line_item_id: voucher.line_item_id,
        unit_index: voucher.unit_index,
        generation,
      }),
      product_code: fresh.product_code,
      merchant: fresh.merchant,
      currency: fresh.currency,
      value: toMajorUnits(fresh.value, fresh.currency),
      fulfillment_id: fulfillmentId,
      next_poll_at: new Date(),
    })) as VoucherOrderRecord
    return new StepResponse({ voucher: updated, key_changed: bump })
  }
)
