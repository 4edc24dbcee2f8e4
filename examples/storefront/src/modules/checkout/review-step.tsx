import type { HttpTypes } from "@medusajs/types"
import { placeOrder } from "@/lib/data/cart"
import { formatMoney } from "@/lib/money"
import { DeliverySummary } from "@/modules/order/delivery-summary"

export function ReviewStep({ cart, error }: { cart: HttpTypes.StoreCart; error?: string }) {
  const hasPayment = Boolean(cart.payment_collection?.payment_sessions?.length)
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <p>Email: {cart.email}</p>
      <DeliverySummary order={cart} />
      <p>Total: {formatMoney(cart.total, cart.currency_code)}</p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <form action={placeOrder}>
        <button type="submit" disabled={!hasPayment || !cart.shipping_methods?.length}>
          Place order
        </button>
      </form>
    </section>
  )
}
