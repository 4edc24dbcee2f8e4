import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useGiftingConnections } from "../../hooks/use-gifting-connections"
import { useGiftingStatus } from "../../hooks/use-gifting-status"
import { errorMessage, formatDateTime } from "../../lib/format"
import { PartnerRow } from "../partner-row"
import { GiftyzetConnectionCheck } from "./giftyzet-connection-check"
import { UgiftmeConnectionCheck } from "./ugiftme-connection-check"

/** Settings → Gifting: both partner accounts, their configuration and whether they accept the key. */
export function PartnerConnectionsSection() {
  const status = useGiftingStatus()
  const connections = useGiftingConnections()
  const checking = (
    <Text size="small" leading="compact" className="text-ui-fg-muted">
      Checking the key…
    </Text>
  )
  const checkFailed = connections.isError && (
    <Text size="small" leading="compact" className="text-ui-fg-error" role="alert">
      Could not check the key: {errorMessage(connections.error)}
    </Text>
  )

  return (
    <Container className="divide-y p-0" data-testid="partner-connections">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Partner connections</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {connections.data
              ? `Checked ${formatDateTime(connections.data.checked_at)}`
              : "Giftyzet for physical gifts, UGiftMe for digital vouchers."}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => connections.refetch()}
          isLoading={connections.isFetching}
          disabled={connections.isFetching}
        >
          Check again
        </Button>
      </div>
      {status.isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading partner connections…
        </Text>
      )}
      {status.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the partner connections: {errorMessage(status.error)}
        </Text>
      )}
      {status.data && (
        <>
          <PartnerRow
            name="Giftyzet"
            description="Physical gifts: the recipient enters their address through a link."
            status={status.data.partners.giftyzet}
            check={
              connections.data ? (
                <GiftyzetConnectionCheck connection={connections.data.giftyzet} />
              ) : (
                checkFailed || (status.data.partners.giftyzet.configured && checking)
              )
            }
          />
          <PartnerRow
            name="UGiftMe"
            description="Digital vouchers paid from your prepaid partner wallet."
            status={status.data.partners.ugiftme}
            extra={[{ label: "Webhook secret", ok: status.data.partners.ugiftme.webhook_secret_set }]}
            check={
              connections.data ? (
                <UgiftmeConnectionCheck connection={connections.data.ugiftme} />
              ) : (
                checkFailed || (status.data.partners.ugiftme.configured && checking)
              )
            }
          />
        </>
      )}
    </Container>
  )
}
