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

/** Body of `POST /admin/gifting/voucher-products` (and, without `variant_id`, of `POST …/:id`). */
export type VoucherProductInput = {
  variant_id: string
  product_code: string
  face_value_mode: AdminVoucherProduct["face_value_mode"]
  fixed_value?: number | null
}
