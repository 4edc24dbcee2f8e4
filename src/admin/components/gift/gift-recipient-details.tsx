import { Heading, Text } from "@medusajs/ui"
import type { AdminGiftOrder } from "../../../types"

/** The recipient's name, email, phone and address, as they confirmed them. */
export function GiftRecipientDetails({ recipient }: { recipient: NonNullable<AdminGiftOrder["recipient"]> }) {
  const lines = [recipient.name, recipient.email, recipient.phone].filter(Boolean)
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="gift-recipient">
      <Heading level="h3" className="text-ui-fg-subtle txt-compact-small-plus">
        Confirmed recipient
      </Heading>
      <div className="flex flex-col">
        {lines.map((line) => (
          <Text key={line} size="small" leading="compact">
            {line}
          </Text>
        ))}
      </div>
      {recipient.address && (
        <Text size="small" className="whitespace-pre-line" data-testid="gift-recipient-address">
          {recipient.address}
        </Text>
      )}
    </div>
  )
}
