import { Alert, Container, Heading, Text } from "@medusajs/ui"
import { useLowBalanceThreshold } from "../../hooks/use-low-balance-threshold"
import { useUgiftmeWallet } from "../../hooks/use-ugiftme-wallet"
import { errorMessage, formatDateTime, formatMoney } from "../../lib/format"
import { LowBalanceThresholdForm } from "./low-balance-threshold-form"

/** Settings → Gifting: the UGiftMe wallet balances vouchers are paid from, with a low-balance warning. */
export function WalletSection() {
  const wallet = useUgiftmeWallet()
  const { threshold, source, save } = useLowBalanceThreshold(wallet.data?.low_balance_threshold ?? null)
  const wallets = wallet.data?.wallets ?? []
  const spendable = (entry: (typeof wallets)[number]) => entry.available_balance ?? entry.balance
  const low = threshold === null ? [] : wallets.filter((entry) => spendable(entry) < threshold)
  const lastReported = wallet.data?.last_reported ?? []

  return (
    <Container className="divide-y p-0" data-testid="ugiftme-wallet">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">UGiftMe wallet</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Vouchers are paid from these balances. Fund them in the UGiftMe dashboard.
          </Text>
        </div>
        {wallet.data && (
          <LowBalanceThresholdForm
            key={`${source}-${threshold}`}
            threshold={threshold}
            source={source}
            onSave={save}
          />
        )}
      </div>
      {wallet.isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading the wallet…
        </Text>
      )}
      {wallet.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the wallet: {errorMessage(wallet.error)}
        </Text>
      )}
      {low.length > 0 && (
        <div className="px-6 py-4">
          <Alert variant="warning" data-testid="low-balance-warning">
            Low balance: {low.map((entry) => formatMoney(spendable(entry), entry.currency)).join(", ")}{" "}
            {low.length === 1 ? "is" : "are"} below {threshold}. New voucher purchases may be refused until
            you fund the wallet.
          </Alert>
        </div>
      )}
      {wallet.data && wallets.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          UGiftMe reports no wallet for this account yet.
        </Text>
      )}
      {wallets.length > 0 && (
        <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 lg:grid-cols-3">
          {wallets.map((entry) => (
            <div
              key={entry.currency}
              className="shadow-elevation-card-rest bg-ui-bg-component rounded-lg px-4 py-3"
              data-testid="wallet-balance"
              data-currency={entry.currency}
            >
              <Text size="xsmall" className="text-ui-fg-subtle" weight="plus">
                {entry.currency}
              </Text>
              <Text
                size="xlarge"
                weight="plus"
                className={low.includes(entry) ? "text-ui-fg-error" : undefined}
              >
                {formatMoney(spendable(entry), entry.currency)}
              </Text>
              {entry.available_balance !== null && entry.available_balance !== entry.balance && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  Balance {formatMoney(entry.balance, entry.currency)}, reserved for orders in progress
                </Text>
              )}
            </div>
          ))}
        </div>
      )}
      {lastReported.length > 0 && (
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
          Last reported by UGiftMe:{" "}
          {lastReported
            .map(
              (entry) =>
                `${formatMoney(entry.balance, entry.currency)} (${formatDateTime(entry.reported_at)})`
            )
            .join(", ")}
        </Text>
      )}
    </Container>
  )
}
