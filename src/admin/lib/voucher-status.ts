import type { AdminVoucherOrder, VoucherStatus } from "../../types"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Voucher unit states, with the label and colour staff see. */
export const VOUCHER_STATUSES = {
  pending: { label: "Pending", color: "grey" },
  queued: { label: "Queued", color: "orange" },
  processing: { label: "Processing", color: "blue" },
  succeeded: { label: "Succeeded", color: "green" },
  failed: { label: "Failed", color: "red" },
  held: { label: "Held for review", color: "purple" },
  parked: { label: "Outcome unknown", color: "orange" },
  cancelled: { label: "Cancelled with the order", color: "grey" },
} as const satisfies Record<VoucherStatus, { label: string; color: BadgeColor }>

/** States staff retry (a parked unit: after checking UGiftMe's dashboard); the retry uses a new key. */
export const RETRYABLE_VOUCHER_STATUSES: readonly VoucherStatus[] = ["failed", "parked"]

/** States in which the plugin is still working on the voucher by itself. */
export const OPEN_VOUCHER_STATUSES: readonly VoucherStatus[] = ["pending", "queued", "processing"]

/**
 * Whether UGiftMe refused the purchase for want of funds (402): the plugin
 * records it as "UGiftMe wallet balance too low: required …, available …".
 */
export function failedForFunds(voucher: AdminVoucherOrder): boolean {
  return voucher.status === "failed" && /balance too low|insufficient funds/i.test(voucher.error ?? "")
}
