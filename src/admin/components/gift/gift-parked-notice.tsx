import { Alert, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../../types"

/**
 * Over a gift the jobs parked after failing on it again and again: since
 * when, why, and that it waits for staff (Refresh or Retry sync resumes it).
 * Renders nothing for a gift that is not parked.
 */
export function GiftParkedNotice({ parked }: { parked: AdminGiftOrder["parked"] }) {
  if (!parked) return null
  return (
    <div className="px-6 py-4" data-testid="gift-parked-notice">
      <Alert variant="error">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" leading="compact">
            Parked: the scheduled jobs stopped trying this gift
          </Text>
          {parked.reason && (
            <Text size="small" leading="compact" data-testid="gift-parked-reason">
              {parked.reason}
            </Text>
          )}
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            Since {formatDateTime(parked.at)} · {parked.failures} failed runs in a row · Refresh or Retry sync
            to try again
          </Text>
        </div>
      </Alert>
    </div>
  )
}
