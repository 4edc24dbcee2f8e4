import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import type { CreateCallCounters, StoredIntegration, StoredOrder } from "./types"

/** What the sandbox writes to `persistFile`. Faults and stats are not kept. */
export type PersistedSnapshot = {
  version: 1
  integrations: StoredIntegration[]
  orders: StoredOrder[]
  create_calls: Record<string, CreateCallCounters>
}

let tempCounter = 0

/** Writes the snapshot atomically: a temp file in the same folder, then rename. */
export function saveSnapshot(file: string, snapshot: PersistedSnapshot): void {
  tempCounter += 1
  const temp = `${file}.${process.pid}.${tempCounter}.tmp`
  writeFileSync(temp, JSON.stringify(snapshot, null, 2), "utf8")
  renameSync(temp, file)
}

/**
 * Loads a snapshot, or `undefined` when the file does not exist yet.
 * A file that exists but cannot be read as a snapshot is an error: starting
 * empty would silently throw the developer's data away.
 */
export function loadSnapshot(file: string): PersistedSnapshot | undefined {
  if (!existsSync(file)) {
    return undefined
  }
  const text = readFileSync(file, "utf8")
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(`Giftyzet sandbox: ${file} is not valid JSON`, { cause: error })
  }
  if (!isSnapshot(value)) {
    throw new Error(`Giftyzet sandbox: ${file} is not a sandbox state file (version 1)`)
  }
  return value
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
