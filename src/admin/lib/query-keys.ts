/** Every react-query key the gifting admin extensions use, in one place. */
export const giftingQueryKeys = {
  all: ["gifting"] as const,
  status: () => [...giftingQueryKeys.all, "status"] as const,
  connections: () => [...giftingQueryKeys.all, "connections"] as const,

  giftOrders: () => [...giftingQueryKeys.all, "gift-orders"] as const,
  giftOrderLists: () => [...giftingQueryKeys.giftOrders(), "list"] as const,
  giftOrderList: (query: GiftOrderListQuery) => [...giftingQueryKeys.giftOrderLists(), query] as const,
  giftOrder: (orderId: string) => [...giftingQueryKeys.giftOrders(), "order", orderId] as const,

  orderVouchers: (orderId: string) => [...giftingQueryKeys.all, "order-vouchers", orderId] as const,

  ugiftme: () => [...giftingQueryKeys.all, "ugiftme"] as const,
  wallet: () => [...giftingQueryKeys.ugiftme(), "wallet"] as const,
  walletTransactions: (page: number, limit: number) =>
    [...giftingQueryKeys.wallet(), "transactions", { page, limit }] as const,
  webhook: () => [...giftingQueryKeys.ugiftme(), "webhook"] as const,
  catalog: (query: { page: number; limit: number; currency?: string }) =>
    [...giftingQueryKeys.ugiftme(), "catalog", query] as const,

  voucherProducts: () => [...giftingQueryKeys.all, "voucher-products"] as const,
  voucherProductList: (query: { limit: number; offset: number }) =>
    [...giftingQueryKeys.voucherProducts(), "list", query] as const,
  orders: (ids: string[]) => [...giftingQueryKeys.all, "orders", { ids }] as const,
  variants: (ids: string[]) => [...giftingQueryKeys.all, "variants", { ids }] as const,
  variantSearch: (q: string) => [...giftingQueryKeys.all, "variant-search", q] as const,
}

/**
 * The dashboard's own key of an order's detail query (its `queryKeysFactory("orders")`),
 * invalidated when a gift refresh or a voucher retry may have changed the order
 * (recipient address copied, fulfillment created).
 */
export const dashboardOrderDetailKey = (orderId: string) => ["orders", "detail", orderId] as const

/** Filters and page of the gift orders list. */
export type GiftOrderListQuery = {
  status?: string
  claim_state?: string
  q?: string
  limit: number
  offset: number
}
