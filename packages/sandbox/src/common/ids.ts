import { randomBytes, randomInt, randomUUID } from "node:crypto"

/** A random UUID (v4). */
export function uuid(): string {
  return randomUUID()
}

/** `bytes` random bytes as lowercase hex (2 characters a byte). */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString("hex")
}

/** `bytes` random bytes as base64url, for tokens that travel in URLs. */
export function randomBase64Url(bytes: number): string {
  return randomBytes(bytes).toString("base64url")
}

/** `length` characters drawn uniformly from `alphabet`. */
export function randomString(alphabet: string, length: number): string {
  let out = ""
  for (let i = 0; i < length; i += 1) {
    out += alphabet[randomInt(alphabet.length)]
  }
  return out
}
