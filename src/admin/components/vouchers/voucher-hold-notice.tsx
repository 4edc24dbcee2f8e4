import { Alert, Button, Text } from "@medusajs/ui"
import { useReleaseVouchers } from "../../hooks/use-retry-voucher"
import { errorMessage } from "../../lib/format"

/**
 * Over an order whose vouchers are held over a limit (`ugiftme.maxUnitsPerOrder`
 * / `maxValuePerOrder`): why, and the one action that buys them.
 */
export function VoucherHoldNotice({ orderId, reason }: { orderId: string; reason: string | null }) {
  const release = useReleaseVouchers(orderId)
  return (
    <div className="px-6 py-4" data-testid="voucher-hold-notice">
      <Alert variant="warning">
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus" leading="compact">
            Nothing was bought: this order is held for review
          </Text>
          {reason && (
            <Text size="small" leading="compact">
              {reason}
            </Text>
          )}
          {release.isError && (
            <Text size="small" leading="compact" className="text-ui-fg-error" role="alert">
              Could not release the vouchers: {errorMessage(release.error)}
            </Text>
          )}
          <div>
            <Button
              size="small"
              variant="secondary"
              onClick={() => release.mutate()}
              isLoading={release.isPending}
              disabled={release.isPending}
            >
              Release and buy the vouchers
            </Button>
          </div>
        </div>
      </Alert>
    </div>
  )
}
