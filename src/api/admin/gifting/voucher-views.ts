import type { BuyOrderVouchersResult } from "../../../workflows/vouchers/buy-order-vouchers"
import type { VoucherOrderRecord, VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"

/**
 * What the admin routes show of the voucher records. Built field by field so
 * nothing new (let alone a secret) leaks by accident; a voucher code is never
 * stored in the first place.
 */
export type AdminVoucherOrder = {
  id: string
  order_id: string
  line_item_id: string
  unit_index: number
  status: VoucherOrderRecord["status"]
  error: string | null
  product_code: string
  merchant: string
  value: number
  currency: string
  recipient_email: string
  recipient_name: string | null
  ugiftme_order_id: string | null
  order_request_id: string | null
  fulfillment_id: string | null
  idempotency_key: string
  attempts: number
  next_poll_at: Date | string | null
  /** The poll job gave up on the unit after `jobs.parkAfterFailures` failures in a row; staff resume it. */
  parked: { at: Date | string; reason: string | null; failures: number } | null
  completed_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

export function adminVoucherOrder(row: VoucherOrderRecord): AdminVoucherOrder {
  return {
    id: row.id,
    order_id: row.order_id,
    line_item_id: row.line_item_id,
    unit_index: row.unit_index,
    status: row.status,
    error: row.error ?? null,
    product_code: row.product_code,
    merchant: row.merchant,
    value: Number(row.value),
    currency: row.currency,
    recipient_email: row.recipient_email,
    recipient_name: row.recipient_name ?? null,
    ugiftme_order_id: row.ugiftme_order_id ?? null,
    order_request_id: row.order_request_id ?? null,
    fulfillment_id: row.fulfillment_id ?? null,
    idempotency_key: row.idempotency_key,
    attempts: row.attempts,
    next_poll_at: row.next_poll_at ?? null,
    parked: row.parked_at
      ? { at: row.parked_at, reason: row.parked_reason ?? null, failures: row.job_failures ?? 0 }
      : null,
    completed_at: row.completed_at ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export type AdminVoucherProduct = {
  id: string
  variant_id: string
  product_code: string
  merchant: string
  currency: string
  face_value_mode: VoucherProductRecord["face_value_mode"]
  fixed_value: number | null
  product_name: string | null
  catalog_active: boolean
  catalog_flag: string | null
  catalog_updated_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

export function adminVoucherProduct(row: VoucherProductRecord): AdminVoucherProduct {
  return {
    id: row.id,
    variant_id: row.variant_id,
    product_code: row.product_code,
    merchant: row.merchant,
    currency: row.currency,
    face_value_mode: row.face_value_mode,
    fixed_value: row.fixed_value === null || row.fixed_value === undefined ? null : Number(row.fixed_value),
    product_name: row.product_name ?? null,
    catalog_active: row.catalog_active,
    catalog_flag: row.catalog_flag ?? null,
    catalog_updated_at: row.catalog_updated_at ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

/** What the admin purchase routes (fulfil, release) answer: the run's outcome and each unit. */
export function adminVoucherPurchase(result: BuyOrderVouchersResult) {
  return {
    order_id: result.order_id,
    is_voucher_order: result.is_voucher_order,
    reason: result.reason,
    awaiting_capture: result.awaiting_capture,
    fulfillment_id: result.fulfillment_id,
    vouchers: result.vouchers.map(adminVoucherOrder),
  }
}
