import { Badge } from "@medusajs/ui"
import { GIFT_CLAIM_OUTCOMES, GIFT_CLAIM_STATES } from "../../lib/gift-status"
import type { AdminGiftOrder } from "../../../types"

/**
 * Where a gift's claim window stands, with the outcome taken when there is
 * one; `data-claim-state` and `data-claim-outcome` carry the raw values.
 */
export function GiftClaimStateBadge({ claim }: { claim: AdminGiftOrder["claim"] }) {
  const { label, color } = GIFT_CLAIM_STATES[claim.state] ?? { label: claim.state, color: "grey" as const }
  return (
    <div
      className="flex flex-wrap gap-1"
      data-testid="gift-claim-state"
      data-claim-state={claim.state}
      data-claim-outcome={claim.outcome ?? undefined}
    >
      <Badge size="2xsmall" color={color}>
        {label}
      </Badge>
      {claim.outcome && <Badge size="2xsmall">{GIFT_CLAIM_OUTCOMES[claim.outcome] ?? claim.outcome}</Badge>}
    </div>
  )
}
