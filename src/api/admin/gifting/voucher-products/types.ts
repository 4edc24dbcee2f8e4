import type { AdminVoucherProduct } from "../voucher-views"

/** `GET /admin/gifting/voucher-products`. */
export type AdminVoucherProductListResponse = {
  voucher_products: AdminVoucherProduct[]
  count: number
  offset: number
  limit: number
}

/** `POST /admin/gifting/voucher-products` (201), and `GET` / `POST /admin/gifting/voucher-products/:id`. */
export type AdminVoucherProductResponse = { voucher_product: AdminVoucherProduct }

/** `DELETE /admin/gifting/voucher-products/:id`. */
export type AdminVoucherProductDeleteResponse = { id: string; object: "voucher_product"; deleted: true }
