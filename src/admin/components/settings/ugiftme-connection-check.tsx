import { Text } from "@medusajs/ui"
import type { UgiftmeConnection } from "../../../types"
import { ConnectionStateBadge } from "./connection-state-badge"

/** UGiftMe's answer to `GET /auth`: the account and its verification, or why it is refused. */
export function UgiftmeConnectionCheck({ connection }: { connection: UgiftmeConnection }) {
  if (connection.state === "not_configured") return null
  const { account } = connection
  return (
    <div className="flex flex-col gap-1" data-testid="ugiftme-connection">
      <div className="flex flex-wrap items-center gap-2">
        <ConnectionStateBadge state={connection.state} />
        {account && (
          <Text size="small" leading="compact">
            {[account.name, account.email].filter(Boolean).join(" · ")}
            {account.plan ? ` · ${account.plan} plan` : ""}
            {account.verified === true ? " · verified" : account.verified === false ? " · not verified" : ""}
          </Text>
        )}
      </div>
      {connection.message && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {connection.message}
          {connection.profile_status ? ` (business profile: ${connection.profile_status})` : ""}
        </Text>
      )}
      {connection.missing_fields.length > 0 && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
          Missing: {connection.missing_fields.join(", ")}
        </Text>
      )}
    </div>
  )
}
