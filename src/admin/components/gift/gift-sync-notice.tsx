import { Alert, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../lib/types"

/**
 * Why the gift is not at Giftyzet yet: still waiting for the first attempt,
 * or failed with the partner's reason, the attempts made and the next one.
 * Renders nothing once the Giftyzet order exists. A gift whose order was
 * canceled first is never created: it says so, with no retry to wait for.
 */
export function GiftSyncNotice({
  sync,
  status,
}: {
  sync: AdminGiftOrder["sync"]
  status: AdminGiftOrder["status"]
}) {
  if (sync.state === "synced") return null
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
