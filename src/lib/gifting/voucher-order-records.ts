import type { InferTypeOf } from "@medusajs/framework/types"
import type VoucherOrder from "../../modules/gifting/models/voucher-order"
import type VoucherProduct from "../../modules/gifting/models/voucher-product"
import { ACCEPTED_VOUCHER_STATUSES } from "./voucher-receipt"

/** A voucher_order row as the module service returns it. */
export type VoucherOrderRecord = InferTypeOf<typeof VoucherOrder>

/** A voucher_product row (variant ↔ UGiftMe product mapping). */
export type VoucherProductRecord = InferTypeOf<typeof VoucherProduct>

export type VoucherOrderStatus = VoucherOrderRecord["status"]

/** Statuses after which UGiftMe has accepted the unit: it may be fulfilled, never bought again. */
export const ACCEPTED_STATUSES: readonly VoucherOrderStatus[] = ACCEPTED_VOUCHER_STATUSES

/** Statuses the poll job looks at (purchase retry, order request check). */
export const OPEN_STATUSES: readonly VoucherOrderStatus[] = ["pending", "queued", "processing"]

/** The lock every voucher workflow of one order takes, so they never interleave. */
export function voucherOrderLockKey(orderId: string): string {
  return `gifting:vouchers:${orderId}`
}
