// Shapes of the plugin's admin routes, shared with the extensions. Only
// type-only modules are imported here (no route handlers), so neither server
// code nor its type program ends up in the admin bundle or its type check.
import type { AdminGiftOrder } from "../../api/gifting-serializers"
import type { AdminVoucherOrder, AdminVoucherProduct } from "../../api/admin/gifting/voucher-views"
import type {
  GiftingPartnersStatus,
  GiftyzetHostedCheckoutNotice,
} from "../../modules/gifting/partner-status"

export type {
  AdminGiftOrder,
  AdminVoucherOrder,
  AdminVoucherProduct,
  GiftingPartnersStatus,
  GiftyzetHostedCheckoutNotice,
}
export type { PartnerStatus } from "../../modules/gifting/partner-status"
export type {
  AdminGiftingConnectionsResponse,
  ConnectionState,
  GiftyzetConnection,
  UgiftmeConnection,
} from "../../api/admin/gifting/connections/types"

/** `GET /admin/gifting/status` (src/api/admin/gifting/status/route.ts). */
export type AdminGiftingStatusResponse = {
  partners: GiftingPartnersStatus
  giftyzet_hosted_checkout: GiftyzetHostedCheckoutNotice | null
}

/** `GET` and `POST …/sync` of `/admin/gifting/orders/:order_id` (src/api/admin/gifting/orders/[order_id]). */
export type AdminGiftOrderResponse = { gift_order: AdminGiftOrder }

/** `GET /admin/gifting/gift-orders` (src/api/admin/gifting/gift-orders/route.ts). */
export type AdminListGiftOrdersResponse = {
  gift_orders: AdminGiftOrder[]
  count: number
  limit: number
  offset: number
}

/** Giftyzet's order lifecycle. */
export type GiftStatus = AdminGiftOrder["status"]
/** Where the store stands in creating the Giftyzet order. */
export type GiftSyncState = AdminGiftOrder["sync"]["state"]

/** Where one voucher unit stands. */
export type VoucherStatus = AdminVoucherOrder["status"]

/** `GET /admin/gifting/orders/:order_id/vouchers` (src/api/admin/gifting/orders/[order_id]/vouchers). */
export type AdminOrderVouchersResponse = {
  order_id: string
  vouchers: AdminVoucherOrder[]
  summary: Record<string, number>
}

/** `POST /admin/gifting/vouchers/:id/retry`. */
/** `POST /admin/gifting/orders/:order_id/vouchers/release` (and `…/fulfill`). */
export type AdminVoucherPurchaseResponse = {
  order_id: string
  awaiting_capture: boolean
  fulfillment_id: string | null
  vouchers: AdminVoucherOrder[]
}

export type AdminRetryVoucherResponse = {
  voucher: AdminVoucherOrder | null
  fulfillment_id: string | null
  vouchers: AdminVoucherOrder[]
}

/** `GET /admin/gifting/ugiftme/wallet`: live balances, the option's threshold, the last `wallet.updated`. */
export type AdminUgiftmeWalletResponse = {
  wallets: { currency: string; balance: number; available_balance: number | null; low: boolean }[]
  low_balance_threshold: number | null
  last_reported: {
    currency: string
    balance: number
    available_balance: number | null
    source: string | null
    reported_at: string
  }[]
}

/** `GET /admin/gifting/ugiftme/wallet/transactions?page&limit`. */
export type AdminUgiftmeTransactionsResponse = {
  transactions: {
    id: string | null
    type: string
    value: number
    currency: string | null
    timestamp: string | null
    ugiftme_order_id: string | null
    details: string | null
  }[]
  page: number
  limit: number
  total: number | null
  total_pages: number | null
}

/** `GET /admin/gifting/ugiftme/webhook`: the store's subscription (never its secret). */
export type AdminUgiftmeWebhookResponse = {
  webhook: {
    id: string
    webhook_id: string
    url: string
    events: string[]
    is_active: boolean
    secret_stored: boolean
    ugiftme: {
      is_active: boolean | null
      last_used: string | null
      delivery_stats: { success?: number; failed?: number } | null
    } | null
  } | null
  option_secret_set: boolean
  webhook_url_option: string | null
}

/** `POST /admin/gifting/ugiftme/webhook/send-test`. */
export type AdminUgiftmeWebhookTestResponse = {
  ok: boolean
  status_code: number | null
  error_message: string | null
}

/** One product of `GET /admin/gifting/ugiftme/catalog`. */
export type AdminUgiftmeCatalogProduct = {
  product_code: string
  name: string | null
  merchant: string | null
  category: string | null
  currency: string | null
  denomination_type: string | null
  denominations: number[] | null
  min_value: number | null
  max_value: number | null
  image_url: string | null
  is_active: boolean | null
}

export type AdminUgiftmeCatalogResponse = {
  products: AdminUgiftmeCatalogProduct[]
  page: number
  limit: number
  total: number | null
  total_pages: number | null
}

/** `GET /admin/gifting/voucher-products`. */
export type AdminVoucherProductListResponse = {
  voucher_products: AdminVoucherProduct[]
  count: number
  offset: number
  limit: number
}

/** Body of `POST /admin/gifting/voucher-products` (and, without `variant_id`, of `POST …/:id`). */
export type VoucherProductInput = {
  variant_id: string
  product_code: string
  face_value_mode: AdminVoucherProduct["face_value_mode"]
  fixed_value?: number | null
}
