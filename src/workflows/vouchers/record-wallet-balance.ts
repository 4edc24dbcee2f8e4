import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UGIFTME_WALLET_LOW_EVENT } from "../../modules/gifting/voucher-events"
import { recordWalletBalanceStep, type WalletBalanceReport } from "./steps/record-wallet-balance"

export const recordWalletBalanceWorkflowId = "gifting-record-wallet-balance"

/**
 * Keeps the last wallet balance UGiftMe reported (`wallet.updated`), ignoring
 * older reports; emits `gifting.ugiftme.wallet_low` when it falls below the
 * `ugiftme.lowBalanceThreshold` option.
 *
 * @example
 * await recordWalletBalanceWorkflow(container).run({
 *   input: { currency: "GBP", balance: 120, available_balance: 95, reported_at: "2026-01-01T10:00:00Z" },
 * })
 */
export const recordWalletBalanceWorkflow = createWorkflow(
  recordWalletBalanceWorkflowId,
  (input: WalletBalanceReport) => {
    const recorded = recordWalletBalanceStep(input)
    when("warn-when-wallet-low", { recorded }, ({ recorded }) => Boolean(recorded.low)).then(() => {
      const data = transform({ recorded }, ({ recorded }) => recorded.low!)
      emitEventStep({ eventName: UGIFTME_WALLET_LOW_EVENT, data })
    })
    return new WorkflowResponse(recorded)
  }
)
