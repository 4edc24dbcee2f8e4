import { createHmac, timingSafeEqual } from "node:crypto"

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/

/**
 * Checks `X-Webhook-Signature`: the hex HMAC-SHA256 of the raw request body
 * with the subscription's secret. Compare over the exact bytes received (not
 * re-serialized JSON). Constant-time; never throws — a missing, malformed or
 * wrong-length header is simply `false`.
 *
 * A `sha256=` prefix is tolerated (a common convention; UGiftMe documents bare hex).
 */
export function verifyWebhookSignature(
  rawBody: Buffer | string,
  signatureHeader: string | undefined,
  secret: string
): boolean {
  try {
    if (typeof signatureHeader !== "string" || typeof secret !== "string" || secret === "") return false
    let signature = signatureHeader.trim()
    if (signature.toLowerCase().startsWith("sha256=")) signature = signature.slice("sha256=".length)
    if (!HEX_SHA256.test(signature)) return false
    const body = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody
    const expected = createHmac("sha256", secret).update(body).digest()
    const given = Buffer.from(signature, "hex")
    return given.length === expected.length && timingSafeEqual(given, expected)
  } catch {
    return false
  }
}
