/** How UGiftMe reads a request: JSON bodies and headers. */

export type JsonParse = { ok: true; value: unknown } | { ok: false }

/** Empty bodies parse as `undefined`. */
export function parseJsonBuffer(buffer: Buffer): JsonParse {
  const text = buffer.toString("utf8")
  if (text.trim() === "") return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** First value of a header, trimmed; undefined when absent or blank. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  const trimmed = first?.trim()
  return trimmed ? trimmed : undefined
}
