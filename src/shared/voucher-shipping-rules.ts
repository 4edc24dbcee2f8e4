/**
 * The rules of the "Digital voucher by email" shipping data, defined once for
 * the UGiftMe fulfillment provider on the server
 * (`src/lib/gifting/voucher-shipping-data.ts`) and the storefront
 * helpers in the shopper's browser (`src/storefront`). Imports nothing, so a
 * storefront bundle that uses it pulls in no server code.
 */

/** The fulfillment option the UGiftMe provider offers (`shipping_option.data.id`). */
export const VOUCHER_FULFILLMENT_OPTION_ID = "ugiftme-voucher-email"

/** Marks shipping-method data written by the UGiftMe provider (after validation). */
export const VOUCHER_SHIPPING_DATA_KIND = "ugiftme_voucher"

/** Longest recipient name. */
export const VOUCHER_RECIPIENT_NAME_MAX_LENGTH = 200
/** Longest gift message the storefront may send with a voucher. */
export const VOUCHER_GIFT_MESSAGE_MAX_LENGTH = 500

/** The fields the storefront sends as `data` when it adds the voucher shipping method. */
export const VOUCHER_RECIPIENT_FIELDS = ["recipient_email", "recipient_name", "gift_message"] as const

export type VoucherRecipientField = (typeof VOUCHER_RECIPIENT_FIELDS)[number]

/**
 * Every shipping option of the UGiftMe provider has a `provider_id` starting
 * with this (`ugiftme_<id the store registered it under>`, e.g. `ugiftme_ugiftme`).
 */
export const VOUCHER_PROVIDER_ID_PREFIX = "ugiftme_"
