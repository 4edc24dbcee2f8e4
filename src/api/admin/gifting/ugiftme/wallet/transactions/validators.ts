import { z } from "@medusajs/framework/zod"
import { pagePage } from "../../../page-queries"

/** Query of `GET /admin/gifting/ugiftme/wallet/transactions`. */
export const AdminUgiftmeTransactionsQuery = z.object({ ...pagePage })
export type AdminUgiftmeTransactionsQueryType = z.infer<typeof AdminUgiftmeTransactionsQuery>
