import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../../../../modules/gifting"
import type GiftingModuleService from "../../../../../modules/gifting/service"
import type { AdminUgiftmeWalletResponse } from "./types"

type StoredBalance = {
  currency: string
  balance: number
  available_balance: number | null
  source: string | null
  reported_at: Date | string
}

/**
 * `GET /admin/gifting/ugiftme/wallet`: the UGiftMe wallet balances the
 * vouchers are paid from (live), whether each is under the
 * `lowBalanceThreshold`, and the last balances reported by `wallet.updated`.
 * Wallets are funded in the UGiftMe dashboard (there is no top-up API).
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminUgiftmeWalletResponse>
): Promise<void> {
  const gifting = req.scope.resolve<GiftingModuleService>(GIFTING_MODULE)
  const threshold = (await gifting.getOptions()).ugiftme.lowBalanceThreshold ?? null
  const client = await gifting.getUgiftmeClient()
  const reported = (await gifting.listVoucherWalletBalances(
    {},
    { order: { currency: "ASC" } }
  )) as StoredBalance[]
  const balances = await client.getBalance()
  res.json({
    wallets: balances.map((wallet) => {
      const spendable = wallet.availableBalance ?? wallet.balance
      return {
        currency: wallet.currency,
        balance: wallet.balance,
        available_balance: wallet.availableBalance ?? null,
        low: threshold !== null && MathBN.lt(spendable, threshold),
      }
    }),
    low_balance_threshold: threshold,
    last_reported: reported.map((row) => ({
      currency: row.currency,
      balance: Number(row.balance),
      available_balance: row.available_balance === null ? null : Number(row.available_balance),
      source: row.source,
      reported_at: row.reported_at,
    })),
  })
}
