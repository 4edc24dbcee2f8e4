import { Badge, Button, Text, toast } from "@medusajs/ui"
import type { AdminGiftClaimActionType } from "../../../api/admin/gifting/orders/[order_id]/claim/validators"
import { newIdempotencyKey, useGiftClaimAction } from "../../hooks/use-gift-claim-action"
import { errorMessage, formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../lib/types"
import { DetailRow } from "../detail-row"

const STATE_LABELS: Record<AdminGiftOrder["claim"]["state"], string> = {
  open: "Waiting for the recipient",
  claimed: "Accepted",
  expired: "Expired",
  declined: "Declined by the recipient",
  closed: "Closed",
}

const OUTCOME_LABELS: Record<NonNullable<AdminGiftOrder["claim"]["outcome"]>, string> = {
  notify_staff: "Waiting for staff",
  ship_to_buyer: "Ship to buyer",
  cancel_and_refund: "Canceled and refunded",
}

const EXTEND_DAYS = 7

/**
 * The gift's claim window: its deadline, where it stands, the outcome taken,
 * the staff actions that still apply, and the timeline of reminders and
 * actions. Each action's result shows at once.
 */
export function GiftClaimWindow({ gift }: { gift: AdminGiftOrder }) {
  const action = useGiftClaimAction(gift.order_id)
  const { claim } = gift
  if (!claim.deadline) return null
  const pending = gift.status === "pending"
  const outcomeOpen = !claim.outcome || claim.outcome === "notify_staff"
  const canExtend = pending && (claim.state === "open" || (claim.state === "expired" && outcomeOpen))
  const canResend = pending && claim.state === "open" && Boolean(gift.recipient_link)
  const canClose = gift.status !== "confirmed" && gift.status !== "dispatched" && gift.status !== "delivered"
  const canOutcome = canClose && outcomeOpen && claim.state !== "claimed"

  const run = (body: AdminGiftClaimActionType, done: string) =>
    action.mutate(body, {
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
        <div className="flex flex-wrap gap-1" data-testid="gift-claim-state">
          <Badge
            size="2xsmall"
            color={claim.state === "open" ? "blue" : claim.state === "claimed" ? "green" : "orange"}
          >
            {STATE_LABELS[claim.state]}
          </Badge>
          {claim.outcome && <Badge size="2xsmall">{OUTCOME_LABELS[claim.outcome]}</Badge>}
        </div>
      </DetailRow>
      {(canExtend || canResend || canOutcome) && (
        <div className="flex flex-wrap gap-2 px-6 py-4" data-testid="gift-claim-actions">
          {canExtend && (
            <Button
              size="small"
              variant="secondary"
              disabled={action.isPending}
              onClick={() =>
                run(
                  { action: "extend", days: EXTEND_DAYS, idempotency_key: newIdempotencyKey() },
                  `Deadline extended by ${EXTEND_DAYS} days`
                )
              }
            >
              Extend {EXTEND_DAYS} days
            </Button>
          )}
          {canResend && (
            <Button
              size="small"
              variant="secondary"
              disabled={action.isPending}
              onClick={() =>
                run({ action: "resend_link", idempotency_key: newIdempotencyKey() }, "Link sent again")
              }
            >
              Resend link
            </Button>
          )}
          {canOutcome && (
            <Button
              size="small"
              variant="secondary"
              disabled={action.isPending}
              onClick={() => run({ action: "ship_to_buyer" }, "The gift will ship to the buyer")}
            >
              Ship to buyer
            </Button>
          )}
          {canOutcome && (
            <Button
              size="small"
              variant="danger"
              disabled={action.isPending}
              onClick={() => run({ action: "cancel_and_refund" }, "Order canceled and refunded")}
            >
              Cancel &amp; refund
            </Button>
          )}
        </div>
      )}
      {claim.timeline.length > 0 && (
        <ol className="flex flex-col gap-y-1 px-6 py-4" data-testid="gift-claim-timeline">
          {claim.timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
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
