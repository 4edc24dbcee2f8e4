import { Alert, Text } from "@medusajs/ui"
import { useGiftingStatus } from "../../hooks/use-gifting-status"
import { formatDateTime } from "../../lib/format"

/**
 * Says plainly that Giftyzet's deployment refuses the plugin's orders (410):
 * they are created by Giftyzet's hosted checkout. Nothing while it accepts them.
 */
export function GiftyzetHostedCheckoutNotice() {
  const notice = useGiftingStatus().data?.giftyzet_hosted_checkout
  if (!notice) return null
  return (
    <Alert variant="error" data-testid="giftyzet-hosted-checkout">
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus" leading="compact">
          Giftyzet no longer accepts orders from plugins
        </Text>
        <Text size="small" leading="compact">
          {notice.message}
        </Text>
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
          Last refused {formatDateTime(notice.refused_at)} (order {notice.order_id}).{" "}
          <a href={notice.docs_url} target="_blank" rel="noreferrer noopener" className="underline">
            What to do
          </a>
        </Text>
      </div>
    </Alert>
  )
}
