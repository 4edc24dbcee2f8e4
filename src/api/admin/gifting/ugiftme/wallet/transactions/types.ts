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
