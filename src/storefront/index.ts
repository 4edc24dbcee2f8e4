/**
 * `medusa-plugin-gifting/storefront`: framework-free helpers for a storefront
 * that sells gifts (the "Send as a gift" shipping option). Browser-safe: no
 * server code, no dependency on a framework or on the JS SDK at runtime.
 * (The QR code encoder is its own entry, `medusa-plugin-gifting/storefront/qr-code`,
 * so these helpers stay small: the build is CommonJS, which bundlers cannot tree-shake.)
 */
export {
  addGiftShippingMethod,
  GiftRecipientError,
  type AddGiftShippingMethodInput,
} from "./add-gift-shipping-method"
export {
  findGiftRecipient,
  isGiftShippingOption,
  validateGiftRecipient,
  type GiftRecipientErrors,
  type GiftRecipientValidation,
  type OrderWithShippingMethods,
  type ShippingOptionLike,
} from "./gift-recipient"
export {
  giftShareStatePath,
  isGiftSettled,
  retrieveGiftShareState,
  toGiftShareState,
} from "./gift-share-state"
export type { RetrieveGiftShareStateOptions } from "./gift-share-state"
export {
  GiftSharePollAbortedError,
  GiftShareTimeoutError,
  pollGiftShareState,
  waitForGiftShareLink,
  type GiftShareStateLoad,
  type GiftShareStateWithLink,
  type PollGiftShareStateOptions,
  type WaitForGiftShareLinkOptions,
} from "./poll-gift-share-state"
export type { GiftingFetchInit, GiftingSdk } from "./sdk"
export {
  addVoucherShippingMethod,
  VoucherRecipientError,
  type AddVoucherShippingMethodInput,
} from "./add-voucher-shipping-method"
export type { RecipientErrorCode, RecipientIssue, RecipientValidation } from "./recipient-issues"
export {
  defaultRecipientMessages,
  issueFromApiMessage,
  shopperMessage,
  type RecipientMessages,
} from "./recipient-messages"
export {
  setGiftShippingMethod,
  setVoucherShippingMethod,
  type RecipientShippingResult,
  type SetRecipientShippingMethodInput,
} from "./set-recipient-shipping-method"
export {
  findVoucherRecipient,
  isVoucherShippingOption,
  validateVoucherRecipient,
  type VoucherRecipientData,
  type VoucherRecipientInput,
  type VoucherRecipientValidation,
} from "./voucher-recipient"
export {
  buildGiftShareTargets,
  buildMailtoUri,
  buildSmsUri,
  defaultGiftShareCopy,
  toMultiLine,
  toSingleLine,
  toSmsNumber,
  type GiftShareContext,
  type GiftShareCopy,
  type GiftShareInput,
  type GiftShareTargets,
  type WebShareData,
} from "./share-targets"
export type { GiftRecipientData, GiftRecipientInput, GiftShareState, GiftStatus } from "./types"
export {
  GIFT_FULFILLMENT_OPTION_ID,
  GIFT_MESSAGE_MAX_LENGTH,
  GIFT_RECIPIENT_NAME_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_MAX_LENGTH,
  GIFT_SHIPPING_DATA_KIND,
} from "../shared/gift-shipping-rules"
export {
  VOUCHER_FULFILLMENT_OPTION_ID,
  VOUCHER_GIFT_MESSAGE_MAX_LENGTH,
  VOUCHER_RECIPIENT_NAME_MAX_LENGTH,
  VOUCHER_SHIPPING_DATA_KIND,
} from "../shared/voucher-shipping-rules"
