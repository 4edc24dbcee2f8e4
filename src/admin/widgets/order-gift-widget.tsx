import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { DetailRow } from "../components/detail-row"
import { GiftClaimWindow } from "../components/gift/gift-claim-window"
import { GiftParkedNotice } from "../components/gift/gift-parked-notice"
import { GiftRecipientDetails } from "../components/gift/gift-recipient-details"
import { GiftRecipientLink } from "../components/gift/gift-recipient-link"
import { GiftRequestedRecipient } from "../components/gift/gift-requested-recipient"
import { GiftStatusBadge } from "../components/gift/gift-status-badge"
import { GiftSyncButton } from "../components/gift/gift-sync-button"
import { GiftSyncNotice } from "../components/gift/gift-sync-notice"
import { GiftTimeline } from "../components/gift/gift-timeline"
import { useGiftOrder } from "../hooks/use-gift-order"
import { errorMessage, formatDateTime } from "../lib/format"

/**
 * Order page, right column: where the order's Giftyzet gift stands. Renders
 * nothing for an order that is not a gift (the route answers 404) and stays
 * hidden until that is known, so ordinary orders never flash an empty card.
 */
const OrderGiftWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data: gift, isError, error } = useGiftOrder(order.id)

  if (isError) {
    return (
      <Container className="px-6 py-4" data-testid="gift-widget">
        <Heading level="h2">Gift</Heading>
        <Text size="small" className="text-ui-fg-error mt-2" role="alert">
          Could not load the gift: {errorMessage(error)}
        </Text>
      </Container>
    )
  }
  if (!gift) return null

  return (
    <Container className="divide-y p-0" data-testid="gift-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Gift</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sent with Giftyzet
          </Text>
        </div>
        <GiftStatusBadge status={gift.status} />
      </div>
      <GiftParkedNotice parked={gift.parked} />
      <GiftSyncNotice sync={gift.sync} status={gift.status} linkState={gift.link_state} />
      <GiftRecipientLink
        link={gift.recipient_link}
        linkState={gift.link_state}
        onGiftyzet={gift.sync.state === "synced"}
      />
      <DetailRow label="Giftyzet order">
        <Text size="small" leading="compact" className="break-all" data-testid="gift-order-number">
          {gift.order_number ?? "—"}
        </Text>
      </DetailRow>
      {gift.requested_recipient && (
        <DetailRow label="For">
          <GiftRequestedRecipient requested={gift.requested_recipient} />
        </DetailRow>
      )}
      <GiftTimeline gift={gift} />
      <GiftClaimWindow gift={gift} />
      {gift.recipient && <GiftRecipientDetails recipient={gift.recipient} />}
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Text size="xsmall" className="text-ui-fg-muted">
          {gift.sync.last_polled_at
            ? `Checked ${formatDateTime(gift.sync.last_polled_at)}`
            : "Not checked with Giftyzet yet"}
        </Text>
        <GiftSyncButton gift={gift} />
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side",
})

export default OrderGiftWidget
