import { StatusBadge } from "@medusajs/ui"
import type { VoucherStatus } from "../../../types"
import { VOUCHER_STATUSES } from "../../lib/voucher-status"

/** Where a voucher unit stands, as a badge; `data-status` carries the raw value. */
export function VoucherStatusBadge({ status }: { status: VoucherStatus }) {
  const { label, color } = VOUCHER_STATUSES[status] ?? { label: status, color: "grey" as const }
  return (
    <StatusBadge color={color} data-testid="voucher-status" data-status={status}>
      {label}
    </StatusBadge>
  )
}
