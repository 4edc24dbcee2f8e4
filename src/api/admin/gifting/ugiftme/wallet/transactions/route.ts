import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFTING_MODULE } from "../../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../../modules/gifting/service"
import type { AdminUgiftmeTransactionsQueryType } from "./validators"
import type { AdminUgiftmeTransactionsResponse } from "./types"

/** `GET /admin/gifting/ugiftme/wallet/transactions`: recent wallet movements (fundings, purchases), paginated. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminUgiftmeTransactionsQueryType>,
  res: MedusaResponse<AdminUgiftmeTransactionsResponse>
): Promise<void> {
  const { page, limit } = req.validatedQuery
  const client = await req.scope.resolve<GiftingModuleService>(GIFTING_MODULE).getUgiftmeClient()
  const result = await client.listTransactions({ page, limit })
  res.json({
    transactions: result.transactions.map((transaction) => ({
      id: transaction._id ?? null,
      type: transaction.transactionType,
      value: transaction.transactionValue,
      currency: transaction.currency ?? null,
      timestamp: transaction.timestamp ?? null,
      ugiftme_order_id: transaction.orderID ?? null,
      details: transaction.details ?? null,
    })),
    page: result.pagination?.currentPage ?? page,
    limit: result.pagination?.limit ?? limit,
    total: result.pagination?.totalTransactions ?? null,
    total_pages: result.pagination?.totalPages ?? null,
  })
}
