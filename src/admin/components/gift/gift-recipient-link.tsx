import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Copy, IconButton, Text, Tooltip } from "@medusajs/ui"
import type { AdminGiftOrder } from "../../../types"

/**
 * The link the recipient confirms the gift with, in full, with Copy and Open.
 * Without a link: a gift on Giftyzet whose link the store never got says so;
 * one not created yet (waiting, or failed for staff) gets its link once it is.
 */
export function GiftRecipientLink({
  link,
  linkState,
  onGiftyzet,
}: {
  link: string | null
  linkState?: AdminGiftOrder["link_state"]
  onGiftyzet: boolean
}) {
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="gift-link-row">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" leading="compact" weight="plus" className="text-ui-fg-subtle">
          Recipient link
        </Text>
        {link && (
          <div className="flex items-center gap-x-1">
            <Copy content={link} className="text-ui-fg-muted" aria-label="Copy recipient link" />
            <Tooltip content="Open">
              <IconButton size="2xsmall" variant="transparent" asChild>
                <a href={link} target="_blank" rel="noreferrer noopener" aria-label="Open recipient link">
                  <ArrowUpRightOnBox className="text-ui-fg-muted" />
                </a>
              </IconButton>
            </Tooltip>
          </div>
        )}
      </div>
      {link ? (
        <Text
          size="xsmall"
          leading="compact"
          className="text-ui-fg-base break-all font-mono"
          data-testid="gift-link"
        >
          {link}
        </Text>
      ) : (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          {onGiftyzet && linkState === "unavailable"
            ? "Not available: Giftyzet did not give the store this link"
            : "Appears once the gift is created at Giftyzet"}
        </Text>
      )}
    </div>
  )
}
