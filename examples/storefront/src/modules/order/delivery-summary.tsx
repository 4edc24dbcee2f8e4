import { findGiftRecipient, findVoucherRecipient } from "medusa-plugin-gifting/storefront"

type WithShippingMethods = {
  shipping_methods?: ({ name?: string; data?: Record<string, unknown> | null } | null)[] | null
}

/** One line on how the order is delivered: a gift, a voucher, or the method's name. */
export function DeliverySummary({ order }: { order: WithShippingMethods }) {
  const gift = findGiftRecipient(order)
  const voucher = findVoucherRecipient(order)
  const method = order.shipping_methods?.at(-1)
  return (
    <p data-testid="delivery-summary">
      {gift
        ? `Sent as a gift to ${gift.recipient_name} (${gift.recipient_email})`
        : voucher
          ? `Voucher emailed to ${voucher.recipient_name ?? voucher.recipient_email} (${voucher.recipient_email})`
          : `Delivery: ${method?.name ?? "—"}`}
    </p>
  )
}
