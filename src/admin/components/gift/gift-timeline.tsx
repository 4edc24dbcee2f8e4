import { clx, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import type { AdminGiftOrder } from "../../../types"

type Step = { label: string; at: Date | string | null; pendingText: string }

/** When the gift was created (with the order) and when the recipient confirmed it. */
export function GiftTimeline({ gift }: { gift: AdminGiftOrder }) {
  const steps: Step[] = [
    { label: "Gift created", at: gift.created_at, pendingText: "Not yet" },
    { label: "Recipient confirmed", at: gift.confirmed_at, pendingText: "Waiting for the recipient" },
  ]
  return (
    <ol className="flex flex-col gap-y-3 px-6 py-4" aria-label="Gift timeline" data-testid="gift-timeline">
      {steps.map((step, index) => (
        <li key={step.label} className="relative flex gap-x-3">
          {index < steps.length - 1 && (
            <span
              className="bg-ui-border-base absolute left-[3px] top-3 h-[calc(100%+4px)] w-px"
              aria-hidden
            />
          )}
          <span
            className={clx(
              "mt-1 size-[7px] shrink-0 rounded-full",
              step.at ? "bg-ui-tag-green-icon" : "bg-ui-fg-disabled"
            )}
            aria-hidden
          />
          <div className="flex flex-col">
            <Text size="small" weight="plus" leading="compact">
              {step.label}
            </Text>
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {step.at ? formatDateTime(step.at) : step.pendingText}
            </Text>
          </div>
        </li>
      ))}
    </ol>
  )
}
