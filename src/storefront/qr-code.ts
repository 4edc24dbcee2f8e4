import { encode } from "uqr"

/** The four-module light margin around a QR code that scanners need. */
export const QR_QUIET_ZONE = 4

/** A QR code as dark (`true`) and light modules, row by row, without its quiet zone. */
export type QrMatrix = {
  size: number
  modules: boolean[][]
}

/**
 * Encodes text (the gift link) as a QR code with medium error correction
 * (15 % of the code may be damaged and it still reads).
 */
export function encodeQrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: "M", border: 0 })
  return { size, modules: data.map((row) => [...row]) }
}

/**
 * An SVG path drawing the dark modules of a matrix, one `M x y h w v1 h -w z`
 * rectangle per horizontal run, in module units offset by the quiet zone
 * (draw it in a `viewBox` of `size + 2 * QR_QUIET_ZONE`).
 */
export function qrPathData(matrix: QrMatrix): string {
  const parts: string[] = []
  matrix.modules.forEach((row, y) => {
    let x = 0
    while (x < matrix.size) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < matrix.size && row[x]) x++
      parts.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${x - start}v1h-${x - start}z`)
    }
  })
  return parts.join("")
}
