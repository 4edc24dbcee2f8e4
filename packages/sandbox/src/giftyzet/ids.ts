import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto"

const ORDER_NUMBER_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

/** A live-looking API key: `gfty_live_` followed by 48 hex characters. */
export function generateApiKey(): string {
  return `gfty_live_${randomBytes(24).toString("hex")}`
}

/** The part of a key that may be shown after creation. */
export function apiKeyPrefix(key: string): string {
  return `${key.slice(0, 12)}…`
}

/** Keys are stored and looked up by this hash only. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex")
}

/** An unguessable token for the recipient link (192 bits of randomness). */
export function generateGiftToken(): string {
  return `gift-${randomBytes(24).toString("base64url")}`
}

/** `PLUG-<epoch ms>-<7 uppercase letters or digits>`. */
export function generateOrderNumber(now: number = Date.now()): string {
  let suffix = ""
  for (let i = 0; i < 7; i += 1) {
    suffix += ORDER_NUMBER_ALPHABET[randomInt(ORDER_NUMBER_ALPHABET.length)]
  }
  return `PLUG-${now}-${suffix}`
}

export function generateId(): string {
  return randomUUID()
}

export function generateAdminSecret(): string {
  return `gfty_admin_${randomBytes(24).toString("hex")}`
}
