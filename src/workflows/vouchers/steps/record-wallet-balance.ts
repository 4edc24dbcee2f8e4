import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"

export type WalletBalanceReport = {
  currency: string
  balance: number
  available_balance?: number | null
  source?: string | null
  /** When UGiftMe reported it (ISO); now when the delivery has no timestamp. */
  reported_at?: string | null
}

export type RecordWalletBalanceResult = {
  currency: string
  changed: boolean
  /** Set when the balance is below the `ugiftme.lowBalanceThreshold` option. */
  low: { currency: string; balance: number; threshold: number } | null
}

type BalanceRow = { id: string; reported_at: Date | string }

/**
 * Keeps the last balance UGiftMe reported for a wallet currency. A delivery
 * older than the stored one (retried late, or replayed) changes nothing.
 * Flags a balance under the merchant's `lowBalanceThreshold`.
 */
export const recordWalletBalanceStep = createStep(
  "record-wallet-balance",
  async (report: WalletBalanceReport, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    const currency = report.currency.toUpperCase()
    const parsed = report.reported_at ? new Date(report.reported_at) : new Date()
    const reportedAt = Number.isNaN(parsed.getTime()) ? new Date() : parsed
    const [stored] = (await gifting.listVoucherWalletBalances({ currency })) as BalanceRow[]
    if (stored && new Date(stored.reported_at).getTime() >= reportedAt.getTime()) {
      return new StepResponse<RecordWalletBalanceResult>({ currency, changed: false, low: null })
    }
    const fields = {
      currency,
      balance: report.balance,
      available_balance: report.available_balance ?? null,
      source: report.source ?? null,
      reported_at: reportedAt,
    }
    if (stored) {
      await gifting.updateVoucherWalletBalances({ id: stored.id, ...fields })
    } else {
      try {
        await gifting.createVoucherWalletBalances(fields)
      } catch (error) {
        // A concurrent delivery stored the currency first: keep the newer report.
        const [winner] = (await gifting.listVoucherWalletBalances({ currency })) as BalanceRow[]
        if (!winner) throw error
        if (new Date(winner.reported_at).getTime() >= reportedAt.getTime()) {
          return new StepResponse<RecordWalletBalanceResult>({ currency, changed: false, low: null })
        }
        await gifting.updateVoucherWalletBalances({ id: winner.id, ...fields })
      }
    }
    const threshold = (await gifting.getOptions()).ugiftme.lowBalanceThreshold
    const spendable = report.available_balance ?? report.balance
    const low =
      threshold !== undefined && MathBN.lt(spendable, threshold)
        ? { currency, balance: spendable, threshold }
        : null
    if (low) {
      logger.warn(
        `gifting: the UGiftMe ${currency} wallet is low (${spendable} ${currency}, threshold ${threshold}): fund it so vouchers can be bought`
      )
    }
    return new StepResponse<RecordWalletBalanceResult>({ currency, changed: true, low })
  }
)
