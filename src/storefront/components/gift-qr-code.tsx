"use client"

import { useId, useMemo, type CSSProperties, type ReactElement } from "react"
import { encodeQrMatrix, qrPathData, QR_QUIET_ZONE } from "../qr-code"

export type GiftQrCodeProps = {
  /** The text to encode; `null` draws an empty box of the same size (nothing moves when it arrives). */
  value: string | null
  /** Width and height in CSS pixels. Default 160. */
  size?: number
  /** Accessible name of the image. */
  title: string
  className?: string
  style?: CSSProperties
}

/**
 * A QR code as an inline SVG (crisp at any zoom, no canvas), dark modules in
 * `--gifting-qr-color` on `--gifting-qr-background`, with the quiet zone
 * scanners need.
 */
export function GiftQrCode({ value, size = 160, title, className, style }: GiftQrCodeProps): ReactElement {
  const titleId = useId()
  const drawing = useMemo(() => {
    if (!value) return null
    const matrix = encodeQrMatrix(value)
    return { extent: matrix.size + 2 * QR_QUIET_ZONE, path: qrPathData(matrix) }
  }, [value])
  const box: CSSProperties = { display: "block", width: size, height: size, ...style }

  if (!drawing) {
    return (
      <div
        className={className}
        style={{ ...box, background: "var(--gifting-placeholder-background, #f4f4f5)" }}
        aria-hidden="true"
      />
    )
  }
  return (
    <svg
      className={className}
      style={box}
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${drawing.extent} ${drawing.extent}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <title id={titleId}>{title}</title>
      <rect
        width={drawing.extent}
        height={drawing.extent}
        fill="#ffffff"
        style={{ fill: "var(--gifting-qr-background, #ffffff)" }}
      />
      <path d={drawing.path} fill="#000000" style={{ fill: "var(--gifting-qr-color, #000000)" }} />
    </svg>
  )
}
