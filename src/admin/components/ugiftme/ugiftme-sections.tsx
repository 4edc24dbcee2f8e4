import { Container, Heading, Text } from "@medusajs/ui"
import { useGiftingStatus } from "../../hooks/use-gifting-status"
import { VoucherProductsSection } from "./voucher-products-section"
import { WalletSection } from "./wallet-section"
import { WalletTransactionsSection } from "./wallet-transactions-section"
import { WebhookSection } from "./webhook-section"

/** Settings → Gifting: everything about UGiftMe vouchers, once UGiftMe is configured. */
export function UgiftmeSections() {
  const { data } = useGiftingStatus()
  if (!data) return null
  if (!data.partners.ugiftme.configured) {
    return (
      <Container className="px-6 py-4">
        <Heading level="h2">UGiftMe vouchers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Set the plugin option “ugiftme.apiKey” (env UGIFTME_API_KEY) to sell vouchers and see the wallet
          here.
        </Text>
      </Container>
    )
  }
  return (
    <>
      <WalletSection />
      <WalletTransactionsSection />
      <WebhookSection />
      <VoucherProductsSection />
    </>
  )
}
