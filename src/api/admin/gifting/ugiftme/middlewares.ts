import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminUgiftmeCatalogQuery } from "./catalog/validators"
import { AdminUgiftmeTransactionsQuery } from "./wallet/transactions/validators"
import { AdminRegisterUgiftmeWebhook } from "./webhook/validators"

const listQuery = { isList: true, defaults: ["id"] }

/** The UGiftMe account routes: catalog, wallet transactions, webhook registration. */
export const adminUgiftmeMiddlewares: MiddlewareRoute[] = [
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
