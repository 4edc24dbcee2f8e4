import { encodeQrMatrix, qrPathData, QR_QUIET_ZONE, type QrMatrix } from "../qr-code"
import { decodeQrRows, rowsFromPath } from "./support/qr-reader"

function withQuietZone(matrix: QrMatrix): boolean[][] {
  const extent = matrix.size + 2 * QR_QUIET_ZONE
  return Array.from({ length: extent }, (_, y) =>
    Array.from({ length: extent }, (_, x) => matrix.modules[y - QR_QUIET_ZONE]?.[x - QR_QUIET_ZONE] === true)
  )
}

const LINK = "https://app.giftyzet.com/gift-receiver/Ab3_xY9-kLmNoPqRsTuVwXyZ012345"

describe("QR code of the gift link", () => {
  it("decodes to the link", () => {
    const matrix = encodeQrMatrix(LINK)

    expect(matrix.modules).toHaveLength(matrix.size)
    expect(decodeQrRows(withQuietZone(matrix))).toBe(LINK)
  })

  it("draws exactly the dark modules, offset by the quiet zone, and still decodes from the drawing", () => {
    const matrix = encodeQrMatrix(LINK)
    const drawn = rowsFromPath(qrPathData(matrix), matrix.size + 2 * QR_QUIET_ZONE)

    expect(drawn).toEqual(withQuietZone(matrix))
    expect(decodeQrRows(drawn)).toBe(LINK)
  })

  it("encodes longer links in a larger code", () => {
    expect(encodeQrMatrix(`${LINK}?${"x".repeat(200)}`).size).toBeGreaterThan(encodeQrMatrix(LINK).size)
  })
})
