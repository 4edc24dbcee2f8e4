import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateVoucherProduct,
  AdminListVoucherProductsQuery,
  AdminRegisterUgiftmeWebhook,
  AdminUgiftmeCatalogQuery,
  AdminUgiftmeTransactionsQuery,
  AdminUpdateVoucherProduct,
} from "./voucher-validators"
import { refuseVoucherShippingForOtherItems } from "./store/carts/voucher-shipping-guard"

const listQuery = { isList: true, defaults: ["id"] }

/** Routes of the UGiftMe voucher flow (store cart guard, admin vouchers, wallet, catalog, webhook receiver). */
export const voucherRouteMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/shipping-methods",
    methods: ["POST"],
    middlewares: [refuseVoucherShippingForOtherItems],
  },
  {
    // The signature is an HMAC of the exact bytes received: keep them.
    matcher: "/hooks/gifting/ugiftme",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
  },
  {
    matcher: "/admin/gifting/voucher-products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListVoucherProductsQuery, listQuery)],
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
  {
    matcher: "/admin/gifting/ugiftme/catalog",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminUgiftmeCatalogQuery, listQuery)],
  },
  {
    matcher: "/admin/gifting/ugiftme/wallet/transactions",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminUgiftmeTransactionsQuery, listQuery)],
  },
  {
    matcher: "/admin/gifting/ugiftme/webhook",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRegisterUgiftmeWebhook)],
  },
]
