import { Badge, Text } from "@medusajs/ui"
import type { PartnerStatus } from "../lib/types"

type PartnerRowProps = {
  name: string
  description: string
  status: PartnerStatus
  extra?: { label: string; ok: boolean }[]
}

/** One partner connection: configured or not, where it points, which secrets are set. */
export function PartnerRow({ name, description, status, extra = [] }: PartnerRowProps) {
  return (
    <div
      className="flex items-start justify-between gap-4 px-6 py-4"
      data-testid={`partner-${name.toLowerCase()}`}
    >
      <div className="flex flex-col gap-1">
        <Text size="small" weight="plus" leading="compact">
          {name}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted font-mono">
          {status.base_url}
        </Text>
      </div>
      <div className="flex flex-wrap items-center justify-end gap-2">
        <Badge size="2xsmall" color={status.configured ? "green" : "orange"}>
          {status.configured ? "Configured" : "Not configured"}
        </Badge>
        {extra.map((item) => (
          <Badge key={item.label} size="2xsmall" color={item.ok ? "green" : "grey"}>
            {item.label}: {item.ok ? "set" : "not set"}
          </Badge>
        ))}
      </div>
    </div>
  )
}
