import { Button, toast } from "@medusajs/ui"
import { useSyncGiftOrder } from "../../hooks/use-sync-gift-order"
import { errorMessage } from "../../lib/format"
import { GIFT_STATUSES } from "../../lib/gift-status"
import type { AdminGiftOrder } from "../../../types"

/**
 * "Refresh status" once the Giftyzet order exists (reads its status now),
 * "Retry sync" before that (creates it now). Disabled while it runs.
 */
export function GiftSyncButton({ gift }: { gift: AdminGiftOrder }) {
  const sync = useSyncGiftOrder(gift.order_id)
  const synced = gift.sync.state === "synced"

  const run = () =>
    sync.mutate(undefined, {
      onSuccess: (updated) => {
        if (updated.sync.state === "synced") {
          toast.success(synced ? "Gift status refreshed" : "Gift created at Giftyzet", {
            description: `Status: ${GIFT_STATUSES[updated.status]?.label ?? updated.status}`,
          })
        } else {
          toast.error("Giftyzet did not accept the gift yet", {
            description: updated.sync.last_error ?? "It will be retried automatically.",
          })
        }
      },
      onError: (error) => {
        toast.error(synced ? "Could not refresh the gift status" : "Could not sync the gift", {
          description: errorMessage(error),
        })
      },
    })

  return (
    <Button
      size="small"
      variant="secondary"
      onClick={run}
      isLoading={sync.isPending}
      disabled={sync.isPending}
    >
      {synced ? "Refresh status" : "Retry sync"}
    </Button>
  )
}
