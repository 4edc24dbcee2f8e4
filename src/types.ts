/**
 * `medusa-plugin-gifting/types`: the shapes of the plugin's routes, for an
 * admin extension or a storefront that calls them. Each is declared beside its
 * route (`src/api/**\/types.ts`), or in `src/shared` when the storefront kit
 * reads it too; the plugin's own admin imports them from
 * here. Types only: importing this entry adds nothing to a bundle.
 */
export type {
  AdminGiftingConnectionsResponse,
  ConnectionState,
  GiftyzetConnection,
  UgiftmeConnection,
} from "./api/admin/gifting/connections/types"
export type { AdminListGiftOrdersResponse } from "./api/admin/gifting/gift-orders/types"
export type {
  AdminGiftOrderResponse,
  GiftStatus,
  GiftSyncState,
} from "./api/admin/gifting/orders/[order_id]/types"
export type {
  AdminOrderVouchersResponse,
  AdminVoucherPurchaseResponse,
  VoucherStatus,
} from "./api/admin/gifting/orders/[order_id]/vouchers/types"
export type { AdminGiftingStatusResponse } from "./api/admin/gifting/status/types"
export type {
  AdminUgiftmeCatalogProduct,
  AdminUgiftmeCatalogResponse,
} from "./api/admin/gifting/ugiftme/catalog/types"
export type { AdminUgiftmeWalletResponse } from "./api/admin/gifting/ugiftme/wallet/types"
export type { AdminUgiftmeTransactionsResponse } from "./api/admin/gifting/ugiftme/wallet/transactions/types"
export type {
  AdminRegisterUgiftmeWebhookResponse,
  AdminUgiftmeWebhookResponse,
} from "./api/admin/gifting/ugiftme/webhook/types"
export type { AdminUgiftmeWebhookTestResponse } from "./api/admin/gifting/ugiftme/webhook/send-test/types"
export type {
  AdminVoucherProductDeleteResponse,
  AdminVoucherProductListResponse,
  AdminVoucherProductResponse,
  VoucherProductInput,
} from "./api/admin/gifting/voucher-products/types"
export type { AdminRetryVoucherResponse } from "./api/admin/gifting/vouchers/[id]/retry/types"
export type { AdminVoucherOrder, AdminVoucherProduct } from "./api/admin/gifting/voucher-views"
export type { AdminGiftOrder } from "./api/gifting-serializers"
export type { GiftLinkState, StoreGiftOrder, StoreGiftOrderResponse } from "./shared/store-gift-order"
export type {
  GiftingPartnersStatus,
  GiftyzetHostedCheckoutNotice,
  PartnerStatus,
} from "./modules/gifting/partner-status"
export type { GiftShareState, GiftRecipientInput, GiftRecipientData } from "./storefront/types"
