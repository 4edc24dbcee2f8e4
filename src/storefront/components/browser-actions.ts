/// <reference lib="dom" />
import type { WebShareData } from "../share-targets"

/**
 * Puts text on the clipboard. Uses the async Clipboard API; where it is
 * missing or refused (an insecure origin, an old browser), selects the text
 * of `fallbackField` and asks the browser to copy the selection. Resolves
 * `false` when neither worked: the text is then selected for the shopper to
 * copy by hand.
 */
export async function copyText(text: string, fallbackField?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Refused (permissions, insecure context): fall back to the selection.
  }
  if (!fallbackField) return false
  fallbackField.focus()
  fallbackField.select()
  try {
    return typeof document.execCommand === "function" && document.execCommand("copy")
  } catch {
    return false
  }
}

/** True where the browser can open its native share sheet for this data. */
export function canWebShare(data: WebShareData): boolean {
  if (typeof navigator === "undefined" || typeof navigator.share !== "function") return false
  try {
    return typeof navigator.canShare === "function" ? navigator.canShare(data) : true
  } catch {
    return false
  }
}

export type WebShareOutcome = "shared" | "dismissed" | "failed"

/** Opens the native share sheet. Closing the sheet is "dismissed", not a failure. */
export async function webShare(data: WebShareData): Promise<WebShareOutcome> {
  try {
    await navigator.share(data)
    return "shared"
  } catch (error) {
    const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined
    return name === "AbortError" ? "dismissed" : "failed"
  }
}
