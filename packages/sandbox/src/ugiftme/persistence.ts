import { loadStateFile, saveJsonAtomically } from "../common/persistence"
import type { SandboxState } from "./types"

/** Reads a state file written by `saveState`; undefined when the file does not exist. */
export function loadState(file: string): SandboxState | undefined {
  return loadStateFile(file, "UGiftMe sandbox", isState)
}

/** Writes the state atomically (temp file, then rename). */
export function saveState(file: string, state: SandboxState): void {
  saveJsonAtomically(file, state)
}

function isState(value: unknown): value is SandboxState {
  if (typeof value !== "object" || value === null) return false
  const record = value as Record<string, unknown>
  return (
    record.version === 1 &&
    ["accounts", "wallets", "products", "orders", "orderRequests", "webhooks"].every((k) =>
      Array.isArray(record[k])
    ) &&
    typeof record.idempotency === "object" &&
    typeof record.counters === "object"
  )
}
