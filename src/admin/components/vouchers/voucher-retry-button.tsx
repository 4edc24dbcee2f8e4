import { Button } from "@medusajs/ui"

type VoucherRetryButtonProps = {
  onRetry: () => void
  /** This voucher's retry is running. */
  isPending: boolean
  /** Another retry of the order is running. */
  disabled: boolean
}

/** "Retry" on a failed voucher; disabled while a retry of the order runs. */
export function VoucherRetryButton({ onRetry, isPending, disabled }: VoucherRetryButtonProps) {
  return (
    <Button
      size="small"
      variant="secondary"
      onClick={onRetry}
      isLoading={isPending}
      disabled={disabled || isPending}
    >
      Retry
    </Button>
  )
}
