import { createHmac } from "node:crypto"
import { verifyWebhookSignature } from "../verify-webhook-signature"

const secret = "a3f1c2d4e5b6978812345678deadbeefcafebabe0011223344556677889900aa"
const body = '{"orderRequestId":"65d3f4a5b6c7d89012345678","status":"succeeded","amount":12.5}'
const sign = (payload: string | Buffer, key = secret) =>
  createHmac("sha256", key).update(payload).digest("hex")

describe("verifyWebhookSignature", () => {
  it("accepts the hex HMAC-SHA256 of the raw body, as string or Buffer, in any hex case", () => {
    const signature = sign(body)
    expect(verifyWebhookSignature(body, signature, secret)).toBe(true)
    expect(verifyWebhookSignature(Buffer.from(body, "utf8"), signature, secret)).toBe(true)
    expect(verifyWebhookSignature(body, signature.toUpperCase(), secret)).toBe(true)
    expect(verifyWebhookSignature(body, `  ${signature} `, secret)).toBe(true)
    expect(verifyWebhookSignature(body, `sha256=${signature}`, secret)).toBe(true)
  })

  it("rejects a signature of other bytes (even the same JSON re-serialized)", () => {
    const reserialized = JSON.stringify(JSON.parse(body), null, 2)
    expect(verifyWebhookSignature(body, sign(reserialized), secret)).toBe(false)
    expect(verifyWebhookSignature(body.replace("12.5", "125"), sign(body), secret)).toBe(false)
  })

  it("rejects a signature made with another secret", () => {
    expect(verifyWebhookSignature(body, sign(body, "another-secret"), secret)).toBe(false)
  })

  it("rejects truncated, extended, empty and missing signatures", () => {
    const signature = sign(body)
    expect(verifyWebhookSignature(body, signature.slice(0, 63), secret)).toBe(false)
    expect(verifyWebhookSignature(body, signature.slice(0, 62), secret)).toBe(false)
    expect(verifyWebhookSignature(body, `${signature}00`, secret)).toBe(false)
    expect(verifyWebhookSignature(body, "", secret)).toBe(false)
    expect(verifyWebhookSignature(body, undefined, secret)).toBe(false)
  })

  it("rejects non-hex signatures of the right length without throwing", () => {
    const signature = sign(body)
    expect(verifyWebhookSignature(body, `${signature.slice(0, 63)}z`, secret)).toBe(false)
    expect(verifyWebhookSignature(body, Buffer.from(sign(body), "hex").toString("base64"), secret)).toBe(
      false
    )
  })

  it("rejects everything when the secret is empty", () => {
    expect(verifyWebhookSignature(body, sign(body, ""), "")).toBe(false)
  })
})
