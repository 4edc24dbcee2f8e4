import { StatusBadge } from "@medusajs/ui"
import { GIFT_STATUSES } from "../../lib/gift-status"
import type { GiftStatus } from "../../../types"

/** The Giftyzet status of a gift as a coloured badge; `data-status` carries the raw value. */
export function GiftStatusBadge({ status }: { status: GiftStatus }) {
  const { label, color } = GIFT_STATUSES[status] ?? { label: status, color: "grey" as const }
  return (
    <StatusBadge color={color} data-testid="gift-status" data-status={status}>
      {label}
    </StatusBadge>
  )
}
