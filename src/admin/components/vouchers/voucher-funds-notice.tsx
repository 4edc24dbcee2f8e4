import { Alert, Text } from "@medusajs/ui"
import { useUgiftmeWallet } from "../../hooks/use-ugiftme-wallet"
import { errorMessage, formatMoney } from "../../lib/format"

/**
 * Under a voucher UGiftMe refused for want of funds: what is left in the
 * wallets of those currencies now, so staff know how much to fund.
 */
export function VoucherFundsNotice({ currencies }: { currencies: string[] }) {
  const wallet = useUgiftmeWallet()
  const wanted = currencies.map((currency) => currency.toUpperCase())
  const wallets = wallet.data?.wallets.filter((entry) => wanted.includes(entry.currency.toUpperCase())) ?? []
  return (
    <div className="px-6 py-4" data-testid="voucher-funds-notice">
      <Alert variant="warning">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" leading="compact">
            UGiftMe refused a purchase: the wallet balance is too low
          </Text>
          {wallet.isPending && (
            <Text size="small" leading="compact">
              Loading the wallet balance…
            </Text>
          )}
          {wallet.isError && (
            <Text size="small" leading="compact">
              Could not read the wallet balance: {errorMessage(wallet.error)}
            </Text>
          )}
          {wallets.map((entry) => (
            <Text key={entry.currency} size="small" leading="compact" data-testid="voucher-wallet-balance">
              {entry.currency} wallet: {formatMoney(entry.available_balance ?? entry.balance, entry.currency)}{" "}
              available
            </Text>
          ))}
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            Fund the wallet in the UGiftMe dashboard, then retry the voucher.
          </Text>
        </div>
      </Alert>
    </div>
  )
}
