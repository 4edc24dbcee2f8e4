import { Text } from "@medusajs/ui"
import type { AdminGiftOrder } from "../../../types"

/** Who the shopper named at checkout, and their message. */
export function GiftRequestedRecipient({
  requested,
}: {
  requested: NonNullable<AdminGiftOrder["requested_recipient"]>
}) {
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact">
        {requested.name}
      </Text>
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {requested.email}
      </Text>
      {requested.gift_message && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle mt-1 italic">
          “{requested.gift_message}”
        </Text>
      )}
    </div>
  )
}
