import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

/**
 * Writes `value` as JSON atomically: a temp file in the same folder, then a
 * rename, so a crash mid-write never leaves a truncated state file behind.
 */
export function saveJsonAtomically(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  try {
    writeFileSync(temp, JSON.stringify(value, null, 2), "utf8")
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Loads a state file, or `undefined` when it does not exist yet. A file that
 * exists but is not a state file (`isState`) is an error: starting empty would
 * silently throw the developer's data away.
 */
export function loadStateFile<T>(
  file: string,
  owner: string,
  isState: (value: unknown) => value is T
): T | undefined {
  if (!existsSync(file)) {
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, "utf8"))
  } catch (error) {
    throw new Error(`${owner}: ${file} is not valid JSON`, { cause: error })
  }
  if (!isState(value)) {
    throw new Error(`${owner}: ${file} is not a sandbox state file (version 1)`)
  }
  return value
}
