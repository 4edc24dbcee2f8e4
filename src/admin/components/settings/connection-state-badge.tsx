import { StatusBadge } from "@medusajs/ui"
import type { ConnectionState } from "../../../types"

const STATES = {
  connected: { label: "Key accepted", color: "green" },
  unverifiable: { label: "Key not verifiable", color: "grey" },
  refused: { label: "Refused", color: "red" },
  unreachable: { label: "Unreachable", color: "orange" },
  not_configured: { label: "Not configured", color: "grey" },
} as const satisfies Record<ConnectionState, { label: string; color: "green" | "grey" | "red" | "orange" }>

/** What the partner said about the store's key, as a badge. */
export function ConnectionStateBadge({ state }: { state: ConnectionState }) {
  const { label, color } = STATES[state]
  return (
    <StatusBadge color={color} data-connection-state={state}>
      {label}
    </StatusBadge>
  )
}
