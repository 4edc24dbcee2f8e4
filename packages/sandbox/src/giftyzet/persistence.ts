import { loadStateFile, saveJsonAtomically } from "../common/persistence"
import type { CreateCallCounters, StoredIntegration, StoredOrder } from "./types"

/** What the sandbox writes to `persistFile`. Faults and stats are not kept. */
export type PersistedSnapshot = {
  version: 1
  integrations: StoredIntegration[]
  orders: StoredOrder[]
  create_calls: Record<string, CreateCallCounters>
}

/** Writes the snapshot atomically (temp file, then rename). */
export function saveSnapshot(file: string, snapshot: PersistedSnapshot): void {
  saveJsonAtomically(file, snapshot)
}

/** Loads a snapshot, or `undefined` when the file does not exist yet; refuses a file that is not one. */
export function loadSnapshot(file: string): PersistedSnapshot | undefined {
  return loadStateFile(file, "Giftyzet sandbox", isSnapshot)
}

function isSnapshot(value: unknown): value is PersistedSnapshot {
  if (value === null || typeof value !== "object") {
    return false
  }
  const record = value as Record<string, unknown>
  return (
    record.version === 1 &&
    Array.isArray(record.integrations) &&
    Array.isArray(record.orders) &&
    record.create_calls !== null &&
    typeof record.create_calls === "object"
  )
}
