import { paginate, readPaging } from "../../common/paging"
import { balanceView, walletView, walletsOf } from "../wallet"
import type { ApiRoute } from "./route-types"
import { fail, ok } from "./route-types"

const WALLET_NOT_FOUND = fail(404, "Wallet not found")

/** `GET /wallet`, `/wallet/balance`, `/wallet/transactions`. */
export const walletRoutes: ApiRoute[] = [
  // Fidelity only: only the plugin client's getWallets (and its contract tests) calls it; the admin reads /wallet/balance.
  {
    method: "GET",
    path: "/wallet",
    limiter: "wallet",
    handler: ({ core, account }) => {
      const wallets = walletsOf(core.state, account.userId)
      return wallets.length === 0 ? WALLET_NOT_FOUND : ok(wallets.map(walletView))
    },
  },
  {
    // Shape undocumented ("expect currency and balance"): the first wallet at
    // the top level, every wallet in `balances`.
    method: "GET",
    path: "/wallet/balance",
    limiter: "wallet",
    handler: ({ core, account }) => {
      const wallets = walletsOf(core.state, account.userId)
      if (wallets.length === 0) return WALLET_NOT_FOUND
      return ok({ ...balanceView(wallets[0]), balances: wallets.map(balanceView) })
    },
  },
  {
    method: "GET",
    path: "/wallet/transactions",
    limiter: "wallet",
    handler: ({ core, account, query }) => {
      const wallets = walletsOf(core.state, account.userId)
      if (wallets.length === 0) return WALLET_NOT_FOUND
      const { page, limit } = readPaging(query, { limit: 10, maxLimit: 100 })
      const all = wallets
        .flatMap((w) => w.transactions.map((t, index) => ({ ...t, currency: w.currency, index })))
        .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.index - a.index)
        .map(({ index: _index, ...t }) => t)
      const { slice, totalPages } = paginate(all, page, limit)
      return ok({
        transactions: slice,
        pagination: { currentPage: page, totalPages, totalTransactions: all.length, limit },
      })
    },
  },
]
