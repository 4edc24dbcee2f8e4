import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { VoucherFundsNotice } from "../components/vouchers/voucher-funds-notice"
import { VoucherHoldNotice } from "../components/vouchers/voucher-hold-notice"
import { VouchersTable } from "../components/vouchers/vouchers-table"
import { useOrderVouchers } from "../hooks/use-order-vouchers"
import { errorMessage } from "../lib/format"
import type { VoucherStatus } from "../../types"
import { failedForFunds, VOUCHER_STATUSES } from "../lib/voucher-status"

/**
 * Order page, main column: the UGiftMe vouchers bought for the order's voucher
 * lines, and a notice with the release action when they are held over a limit. Renders nothing for an order without vouchers; never shows a code
 * (the plugin does not keep one: UGiftMe emails it to the recipient).
 */
const OrderVouchersWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError, error } = useOrderVouchers(order.id)

  if (isError) {
    return (
      <Container className="px-6 py-4" data-testid="vouchers-widget">
        <Heading level="h2">Vouchers</Heading>
        <Text size="small" className="text-ui-fg-error mt-2" role="alert">
          Could not load the vouchers: {errorMessage(error)}
        </Text>
      </Container>
    )
  }
  if (!data || data.vouchers.length === 0) return null

  const fundsCurrencies = [
    ...new Set(data.vouchers.filter(failedForFunds).map((voucher) => voucher.currency)),
  ]
  const held = data.vouchers.find((voucher) => voucher.status === "held")
  const summary = Object.entries(data.summary) as [VoucherStatus, number][]

  return (
    <Container className="divide-y p-0" data-testid="vouchers-widget">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Vouchers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Bought from UGiftMe and emailed to the recipient. Codes are never stored.
          </Text>
        </div>
        <Text size="small" leading="compact" className="text-ui-fg-subtle" data-testid="vouchers-summary">
          {summary
            .map(([status, count]) => `${count} ${VOUCHER_STATUSES[status]?.label.toLowerCase() ?? status}`)
            .join(" · ")}
        </Text>
      </div>
      {held && <VoucherHoldNotice orderId={order.id} reason={held.error} />}
      {fundsCurrencies.length > 0 && <VoucherFundsNotice currencies={fundsCurrencies} />}
      <VouchersTable orderId={order.id} vouchers={data.vouchers} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details",
})

export default OrderVouchersWidget
