"use client"

/**
 * `medusa-plugin-gifting/storefront/react`: the confirmation page's gift card
 * for React 18 and 19 storefronts (a client component). Named exports only, as
 * a client boundary requires.
 */
export { GiftShareCard, type GiftShareCardProps } from "./components/gift-share-card"
export { GiftQrCode, type GiftQrCodeProps } from "./components/gift-qr-code"
export {
  defaultGiftShareCardLabels,
  type GiftShareCardLabels,
  type GiftShareStatusLabels,
} from "./components/gift-share-card-labels"
export {
  useGiftShareState,
  type GiftShareStateSource,
  type GiftShareStateView,
  type UseGiftShareStateOptions,
} from "./components/use-gift-share-state"
export {
  defaultGiftRecipientLabels,
  defaultVoucherRecipientLabels,
  GiftRecipientFields,
  VoucherRecipientFields,
  type RecipientFieldLabels,
} from "./components/recipient-fields"
export {
  useGiftRecipientForm,
  useVoucherRecipientForm,
  type RecipientForm,
  type UseRecipientFormOptions,
} from "./components/use-recipient-form"
export {
  useGiftShippingStep,
  type CartWithShippingMethods,
  type GiftShippingStep,
  type ShippingOptionKind,
  type UseGiftShippingStepOptions,
} from "./components/use-gift-shipping-step"
