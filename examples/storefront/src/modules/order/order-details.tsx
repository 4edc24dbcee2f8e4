import type { HttpTypes } from "@medusajs/types"
import { findGiftRecipient } from "medusa-plugin-gifting/storefront"
import { GiftShareCard } from "medusa-plugin-gifting/storefront/react"
import { STORE_NAME } from "@/lib/config"
import { loadGiftShareState } from "@/lib/data/orders"
import { formatMoney } from "@/lib/money"
import { DeliverySummary } from "./delivery-summary"

/**
 * An order as the confirmation and the account's order page show it; a gift
 * order gets the share card (the link to send the recipient), read through a
 * server action so the SDK stays on the server.
 */
export async function OrderDetails({ order }: { order: HttpTypes.StoreOrder }) {
  const recipient = findGiftRecipient(order)
  const initialState = recipient ? await loadGiftShareState(order.id).catch(() => undefined) : undefined
  const buyer = [order.shipping_address?.first_name, order.shipping_address?.last_name]
    .filter(Boolean)
    .join(" ")
  return (
    <>
      <section data-testid="order-summary">
        <p>
          Order #{order.display_id} for {order.email}
        </p>
        <ul>
          {(order.items ?? []).map((item) => (
            <li key={item.id}>
              {item.product_title} ({item.variant_title}) × {item.quantity}
            </li>
          ))}
        </ul>
        <p>Total: {formatMoney(order.total, order.currency_code)}</p>
        <DeliverySummary order={order} />
      </section>
      {recipient ? (
        <GiftShareCard
          orderId={order.id}
          loadShareState={loadGiftShareState}
          initialState={initialState}
          recipient={recipient}
          senderName={buyer || null}
          storeName={STORE_NAME}
        />
      ) : null}
    </>
  )
}
