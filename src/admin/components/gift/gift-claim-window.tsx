import { Button, Text, toast } from "@medusajs/ui"
import type { AdminGiftClaimActionType } from "../../../api/admin/gifting/orders/[order_id]/claim/validators"
import { newIdempotencyKey, useGiftClaimAction } from "../../hooks/use-gift-claim-action"
import { errorMessage, formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../../types"
import { DetailRow } from "../detail-row"
import { GiftClaimStateBadge } from "./gift-claim-state-badge"

const EXTEND_DAYS = 7

type ClaimAction = {
  label: string
  /** A fresh body per click (the idempotency key is new each time). */
  body: () => AdminGiftClaimActionType
  done: string
  variant: "secondary" | "danger"
}

/** The staff actions that still apply to a gift, in the order they show. */
function claimActionsOf(gift: AdminGiftOrder): ClaimAction[] {
  const { claim } = gift
  const pending = gift.status === "pending"
  const outcomeOpen = !claim.outcome || claim.outcome === "notify_staff"
  const accepted = ["confirmed", "dispatched", "delivered"].includes(gift.status)
  const canOutcome = !accepted && outcomeOpen && claim.state !== "claimed"
  const actions: (ClaimAction | false)[] = [
    pending &&
      (claim.state === "open" || (claim.state === "expired" && outcomeOpen)) && {
        label: `Extend ${EXTEND_DAYS} days`,
        body: () => ({ action: "extend", days: EXTEND_DAYS, idempotency_key: newIdempotencyKey() }),
        done: `Deadline extended by ${EXTEND_DAYS} days`,
        variant: "secondary",
      },
    pending &&
      claim.state === "open" &&
      Boolean(gift.recipient_link) && {
        label: "Resend link",
        body: () => ({ action: "resend_link", idempotency_key: newIdempotencyKey() }),
        done: "Link sent again",
        variant: "secondary",
      },
    canOutcome && {
      label: "Ship to buyer",
      body: () => ({ action: "ship_to_buyer" }),
      done: "The gift will ship to the buyer",
      variant: "secondary",
    },
    canOutcome && {
      label: "Cancel & refund",
      body: () => ({ action: "cancel_and_refund" }),
      done: "Order canceled and refunded",
      variant: "danger",
    },
  ]
  return actions.filter((entry): entry is ClaimAction => Boolean(entry))
}

/**
 * The gift's claim window: its deadline, where it stands, the outcome taken,
 * the staff actions that still apply, and the timeline of reminders and
 * actions. Each action's result shows at once.
 */
export function GiftClaimWindow({ gift }: { gift: AdminGiftOrder }) {
  const action = useGiftClaimAction(gift.order_id)
  const { claim } = gift
  if (!claim.deadline) return null
  const actions = claimActionsOf(gift)

  const run = ({ body, done }: ClaimAction) =>
    action.mutate(body(), {
      onSuccess: () => toast.success(done),
      onError: (error) => toast.error("The action did not apply", { description: errorMessage(error) }),
    })

  return (
    <div data-testid="gift-claim-window">
      <DetailRow label="Accept by">
        <Text size="small" leading="compact" data-testid="gift-claim-deadline">
          {formatDateTime(claim.deadline)}
        </Text>
      </DetailRow>
      <DetailRow label="Claim">
        <GiftClaimStateBadge claim={claim} />
      </DetailRow>
      {actions.length > 0 && (
        <div className="flex flex-wrap gap-2 px-6 py-4" data-testid="gift-claim-actions">
          {actions.map((entry) => (
            <Button
              key={entry.label}
              size="small"
              variant={entry.variant}
              disabled={action.isPending}
              onClick={() => run(entry)}
            >
              {entry.label}
            </Button>
          ))}
        </div>
      )}
      {claim.timeline.length > 0 && (
        <ol className="flex flex-col gap-y-1 px-6 py-4" data-testid="gift-claim-timeline">
          {claim.timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`} data-testid="gift-claim-timeline-entry" data-type={entry.type}>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatDateTime(entry.at)} · {entry.type.replace(/_/g, " ")}
                {entry.detail ? ` (${entry.detail})` : ""}
                {entry.actor === "staff" ? " · staff" : ""}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
