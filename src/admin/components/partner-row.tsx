import { Badge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { PartnerStatus } from "../../types"

type PartnerRowProps = {
  name: string
  description: string
  status: PartnerStatus
  extra?: { label: string; ok: boolean }[]
  /** The live check of the key (badge and details), when loaded. */
  check?: ReactNode
}

/** One partner connection: configured or not, where it points, which secrets are set, what the partner says. */
export function PartnerRow({ name, description, status, extra = [], check }: PartnerRowProps) {
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid={`partner-${name.toLowerCase()}`}>
      <div className="flex items-start justify-between gap-4">
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
      {check}
    </div>
  )
}
