import { createHash } from "node:crypto"
import { randomBase64Url, randomHex, randomString } from "../common/ids"

const ORDER_NUMBER_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

/** A live-looking API key: `gfty_live_` followed by 48 hex characters. */
export function generateApiKey(): string {
  return `gfty_live_${randomHex(24)}`
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
  return `gift-${randomBase64Url(24)}`
}

/** `PLUG-<epoch ms>-<7 uppercase letters or digits>`. */
export function generateOrderNumber(now: number = Date.now()): string {
  return `PLUG-${now}-${randomString(ORDER_NUMBER_ALPHABET, 7)}`
}

export function generateAdminSecret(): string {
  return `gfty_admin_${randomHex(24)}`
}
