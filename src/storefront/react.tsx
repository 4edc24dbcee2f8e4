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
