import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import type { SandboxState } from "./types"

/** Reads a state file written by `saveState`; undefined when the file does not exist. */
export function loadState(file: string): SandboxState | undefined {
  if (!existsSync(file)) return undefined
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"))
  if (!isState(parsed)) {
    throw new Error(`UGiftMe sandbox: ${file} is not a sandbox state file (version 1)`)
  }
  return parsed
}

/**
 * Writes the state atomically: a temp file in the same folder, then a rename,
 * so a crash mid-write never leaves a truncated file behind.
 */
export function saveState(file: string, state: SandboxState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  try {
    writeFileSync(temp, JSON.stringify(state))
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
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
