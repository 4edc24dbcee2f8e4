import { StatusBadge } from "@medusajs/ui"
import { GIFT_SYNC_STATES } from "../../lib/gift-status"
import type { AdminGiftOrder, GiftSyncState } from "../../../types"

/**
 * Whether the gift exists at Giftyzet yet, as a badge. A synced gift without
 * its recipient link is not shown as healthy.
 */
export function GiftSyncStateBadge({
  state,
  linkState,
}: {
  state: GiftSyncState
  linkState?: AdminGiftOrder["link_state"]
}) {
  const linkMissing = state === "synced" && linkState === "unavailable"
  const { label, color } = linkMissing
    ? { label: "Synced, no link", color: "orange" as const }
    : (GIFT_SYNC_STATES[state] ?? { label: state, color: "grey" as const })
  return (
    <StatusBadge color={color} data-sync-state={state} data-link-state={linkState}>
      {label}
    </StatusBadge>
  )
}
