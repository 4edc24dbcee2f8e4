import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { PartnerRow } from "../../../components/partner-row"
import { useGiftingStatus } from "../../../hooks/use-gifting-status"

/** Settings → Gifting: the health of the plugin's partner connections. */
const GiftingSettingsPage = () => {
  const { data, isPending, isError, error } = useGiftingStatus()

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Gifting</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Send orders as gifts with Giftyzet and sell digital vouchers with UGiftMe.
        </Text>
      </div>
      {isPending && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading partner connections…
        </Text>
      )}
      {isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
          Could not load the partner connections: {error.message}
        </Text>
      )}
      {data && (
        <>
          <PartnerRow
            name="Giftyzet"
            description="Physical gifts: the recipient enters their address through a link."
            status={data.partners.giftyzet}
          />
          <PartnerRow
            name="UGiftMe"
            description="Digital vouchers paid from your prepaid partner wallet."
            status={data.partners.ugiftme}
            extra={[{ label: "Webhook secret", ok: data.partners.ugiftme.webhook_secret_set }]}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Gifting",
})

export default GiftingSettingsPage
