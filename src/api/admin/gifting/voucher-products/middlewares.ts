import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminCreateVoucherProduct,
  AdminListVoucherProductsQuery,
  AdminUpdateVoucherProduct,
} from "./validators"

export const adminVoucherProductsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/gifting/voucher-products",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListVoucherProductsQuery, { isList: true, defaults: ["id"] }),
    ],
  },
  {
    matcher: "/admin/gifting/voucher-products",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateVoucherProduct)],
  },
  {
    matcher: "/admin/gifting/voucher-products/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateVoucherProduct)],
  },
]
