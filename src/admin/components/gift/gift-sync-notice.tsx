import { Alert, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../../types"

/**
 * Why the gift is not at Giftyzet yet: still waiting for the first attempt,
 * or failed with the partner's reason, the attempts made and the next one.
 * Once the Giftyzet order exists, renders nothing, unless the store never
 * received its recipient link (see `GiftLinkState`). A gift whose order was
 * canceled first is never created: it says so, with no retry to wait for.
 */
export function GiftSyncNotice({
  sync,
  status,
  linkState,
}: {
  sync: AdminGiftOrder["sync"]
  status: AdminGiftOrder["status"]
  linkState: AdminGiftOrder["link_state"]
}) {
  if (sync.state === "synced") {
    return linkState === "unavailable" ? <GiftLinkMissingNotice /> : null
  }
  if (status === "cancelled") {
    return (
      <div className="px-6 py-4" data-testid="gift-sync-notice" data-sync-state="cancelled">
        <Alert variant="info">
          <Text size="small" leading="compact">
            Not created at Giftyzet: the order was canceled first. Nothing is retried.
          </Text>
        </Alert>
      </div>
    )
  }
  const failed = sync.state === "failed"
  return (
    <div className="px-6 py-4" data-testid="gift-sync-notice" data-sync-state={sync.state}>
      <Alert variant={failed ? "error" : "warning"}>
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" leading="compact">
            {failed ? "Could not create the gift at Giftyzet" : "Waiting to create the gift at Giftyzet"}
          </Text>
          {sync.last_error && (
            <Text size="small" leading="compact" data-testid="gift-sync-error">
              {sync.last_error}
            </Text>
          )}
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            {sync.attempts} {sync.attempts === 1 ? "attempt" : "attempts"}
            {sync.next_attempt_at ? ` · next ${formatDateTime(sync.next_attempt_at)}` : ""}
            {failed && !sync.next_attempt_at ? " · not retried automatically: needs staff" : ""}
          </Text>
        </div>
      </Alert>
    </div>
  )
}

/** A gift on Giftyzet whose link the store does not have: the shopper cannot share it. */
function GiftLinkMissingNotice() {
  return (
    <div className="px-6 py-4" data-testid="gift-link-missing">
      <Alert variant="warning">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" leading="compact">
            On Giftyzet, but without a recipient link
          </Text>
          <Text size="small" leading="compact">
            The order was found on Giftyzet after its first answer was lost, and this deployment does not
            return the link when asked again. The shopper sees no link: send the recipient the link from
            Giftyzet&apos;s dashboard.
          </Text>
        </div>
      </Alert>
    </div>
  )
}
