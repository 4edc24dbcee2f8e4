import jsQR from "jsqr"
import type { Locator, Page } from "playwright-core"

/** Reads the QR code as drawn on screen: a screenshot of it, decoded to pixels by the browser, read by jsQR. */
export async function readQrCode(page: Page, qr: Locator): Promise<string | null> {
  const png = await qr.screenshot()
  const image = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext("2d")!
    context.drawImage(bitmap, 0, 0)
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
    return { width: bitmap.width, height: bitmap.height, pixels: Array.from(data) }
  }, png.toString("base64"))
  return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data ?? null
}
