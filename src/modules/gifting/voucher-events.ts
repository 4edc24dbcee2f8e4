/**
 * Events of the UGiftMe voucher flow on Medusa's event bus. Payloads carry
 * ids only, never a voucher code.
 */

/** A voucher was created by UGiftMe. `{ id, order_id, fulfillment_id }` */
export const VOUCHER_ORDER_SUCCEEDED_EVENT = "gifting.voucher_order.succeeded"
/** A voucher purchase failed (refused, or the order request failed). `{ id, order_id, error }` */
export const VOUCHER_ORDER_FAILED_EVENT = "gifting.voucher_order.failed"
/**
 * A unit waits for staff, out of the due set (not a failure; nobody is told it
 * failed): its purchase outcome stayed unknown past its key's bound and
 * UGiftMe holds no matching order, or the poll job failed on it
 * `jobs.parkAfterFailures` times in a row. `{ id, order_id, reason }`
 */
export const VOUCHER_ORDER_PARKED_EVENT = "gifting.voucher_order.parked"
/** Every voucher of a fulfillment succeeded: ship and deliver it. `{ order_id, fulfillment_id }` */
export const VOUCHER_FULFILLMENT_READY_EVENT = "gifting.voucher_fulfillment.ready"
/** A wallet's balance fell below `ugiftme.lowBalanceThreshold`. `{ currency, balance, threshold }` */
export const UGIFTME_WALLET_LOW_EVENT = "gifting.ugiftme.wallet_low"
/**
 * A signed UGiftMe delivery reported progress on a voucher that takes work to
 * apply; the webhook route answered at once and hands it over through this
 * event. `{ voucher_order_id, report: { status, order_ids?, error? } }`
 */
export const UGIFTME_VOUCHER_REPORTED_EVENT = "gifting.ugiftme.voucher_reported"
