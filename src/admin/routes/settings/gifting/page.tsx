import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { GiftOrdersLinkSection } from "../../../components/gift-orders/gift-orders-link-section"
import { GiftyzetHostedCheckoutNotice } from "../../../components/settings/giftyzet-hosted-checkout-notice"
import { PartnerConnectionsSection } from "../../../components/settings/partner-connections-section"
import { UgiftmeSections } from "../../../components/ugiftme/ugiftme-sections"

/** Settings → Gifting: partner connections, the UGiftMe wallet, webhook and voucher products, gift orders. */
const GiftingSettingsPage = () => {
  return (
    <div className="flex flex-col gap-y-3" data-testid="gifting-settings">
      <Container className="px-6 py-4">
        <Heading level="h1">Gifting</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Send orders as gifts with Giftyzet and sell digital vouchers with UGiftMe.
        </Text>
      </Container>
      <GiftyzetHostedCheckoutNotice />
      <PartnerConnectionsSection />
      <GiftOrdersLinkSection />
      <UgiftmeSections />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Gifting",
  icon: Gift,
})

export const handle = {
  breadcrumb: () => "Gifting",
}

export default GiftingSettingsPage
