/** `GET /admin/gifting/ugiftme/wallet`: live balances, the option's threshold, the last `wallet.updated`. */
export type AdminUgiftmeWalletResponse = {
  wallets: { currency: string; balance: number; available_balance: number | null; low: boolean }[]
  low_balance_threshold: number | null
  last_reported: {
    currency: string
    balance: number
    available_balance: number | null
    source: string | null
    reported_at: Date | string
  }[]
}
