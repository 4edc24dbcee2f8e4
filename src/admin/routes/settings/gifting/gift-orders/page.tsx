import { ArrowUturnLeft } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { GiftOrdersSection } from "../../../../components/gift-orders/gift-orders-section"

/** Settings → Gifting → Gift orders: every gift, filterable, linking to its order. */
const GiftOrdersPage = () => {
  return (
    <div className="flex flex-col gap-y-3">
      <Link
        to="/settings/gifting"
        className="text-ui-fg-subtle hover:text-ui-fg-base flex w-fit items-center gap-x-1"
      >
        <ArrowUturnLeft />
        <Text size="small" leading="compact">
          Gifting
        </Text>
      </Link>
      <GiftOrdersSection />
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Gift orders",
}

export default GiftOrdersPage
