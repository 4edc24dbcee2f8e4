import jsQR from "jsqr"

const SCALE = 4

/** Reads a QR code from rows of modules (quiet zone included), painted as a camera would see them. */
export function decodeQrRows(rows: boolean[][]): string | null {
  const width = rows.length * SCALE
  const data = new Uint8ClampedArray(width * width * 4)
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const dark = rows[Math.floor(y / SCALE)][Math.floor(x / SCALE)]
      data.set(dark ? [0, 0, 0, 255] : [255, 255, 255, 255], (y * width + x) * 4)
    }
  }
  return jsQR(data, width, width)?.data ?? null
}

/** Reads the `M x y h w v1 h -w z` rectangles of an SVG path back into rows of modules. */
export function rowsFromPath(path: string, extent: number): boolean[][] {
  const rows = Array.from({ length: extent }, () => Array<boolean>(extent).fill(false))
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx++) rows[Number(y)][Number(x) + dx] = true
  }
  return rows
}
