import { randomBytes } from "node:crypto"
import { randomHex, randomString, uuid } from "../common/ids"

let sequence = randomBytes(3).readUIntBE(0, 3)

/** A 24-hex id shaped like a MongoDB ObjectId: seconds, 5 random bytes, a counter. */
export function objectId(now: number = Date.now()): string {
  sequence = (sequence + 1) % 0x1000000
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, "0")
  return seconds + randomHex(5) + sequence.toString(16).padStart(6, "0")
}

const OBJECT_ID = /^[0-9a-fA-F]{24}$/

export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value)
}

// No 0/O/1/I so codes can be read aloud.
const VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** Random `XXXX-XXXX-XXXX-XXXX` code. */
export function voucherCode(): string {
  return [0, 1, 2, 3].map(() => randomString(VOUCHER_ALPHABET, 4)).join("-")
}

/** `txn_` followed by 26 Crockford base32 characters. */
export function transactionId(): string {
  return "txn_" + randomString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)
}

export function newApiKey(): string {
  return uuid()
}

export function newWebhookSecret(): string {
  return randomHex(32)
}
