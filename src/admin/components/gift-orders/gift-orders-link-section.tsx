import { TriangleRightMini } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

/** Settings → Gifting: the way to the gift orders list. */
export function GiftOrdersLinkSection() {
  return (
    <Container className="p-0">
      <Link
        to="/settings/gifting/gift-orders"
        className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-4 rounded-lg px-6 py-4 outline-none"
      >
        <div>
          <Heading level="h2">Gift orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every order sent as a gift, by Giftyzet status, with search.
          </Text>
        </div>
        <TriangleRightMini className="text-ui-fg-muted" />
      </Link>
    </Container>
  )
}
