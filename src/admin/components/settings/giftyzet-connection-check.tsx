import { Text } from "@medusajs/ui"
import type { GiftyzetConnection } from "../../../types"
import { ConnectionStateBadge } from "./connection-state-badge"

/** Giftyzet's answer to `GET /validate`: accepted (with the integration's name), refused, or not verifiable. */
export function GiftyzetConnectionCheck({ connection }: { connection: GiftyzetConnection }) {
  if (connection.state === "not_configured") return null
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="giftyzet-connection">
      <ConnectionStateBadge state={connection.state} />
      {connection.integration_name && (
        <Text size="small" leading="compact">
          Integration “{connection.integration_name}”
        </Text>
      )}
      {connection.message && (
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {connection.message}
        </Text>
      )}
    </div>
  )
}
