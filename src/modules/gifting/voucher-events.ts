/**
 * Events of the UGiftMe voucher flow on Medusa's event bus. Payloads carry
 * ids only, never a voucher code.
 */

/** A voucher was created by UGiftMe. `{ id, order_id, fulfillment_id }` */
export const VOUCHER_ORDER_SUCCEEDED_EVENT = "gifting.voucher_order.succeeded"
/** A voucher purchase failed (refused, or the order request failed). `{ id, order_id, error }` */
export const VOUCHER_ORDER_FAILED_EVENT = "gifting.voucher_order.failed"
/**
 * The poll job failed on the unit `jobs.parkAfterFailures` times in a row; it
 * is out of the due set until staff act. `{ id, order_id, reason }`
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
