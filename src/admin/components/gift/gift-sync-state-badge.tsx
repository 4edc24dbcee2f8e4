import { StatusBadge } from "@medusajs/ui"
import { GIFT_SYNC_STATES } from "../../lib/gift-status"
import type { GiftSyncState } from "../../lib/types"

/** Whether the gift exists at Giftyzet yet, as a badge. */
export function GiftSyncStateBadge({ state }: { state: GiftSyncState }) {
  const { label, color } = GIFT_SYNC_STATES[state] ?? { label: state, color: "grey" as const }
  return (
    <StatusBadge color={color} data-sync-state={state}>
      {label}
    </StatusBadge>
  )
}
