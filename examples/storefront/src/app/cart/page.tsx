import Link from "next/link"
import { removeLineItem, retrieveCart } from "@/lib/data/cart"
import { formatMoney } from "@/lib/money"

export default async function CartPage() {
  const cart = await retrieveCart()
  if (!cart?.items?.length) {
    return (
      <>
        <h1>Cart</h1>
        <p>Your cart is empty.</p>
      </>
    )
  }
  return (
    <>
      <h1>Cart</h1>
      <ul data-testid="cart-items">
        {cart.items.map((item) => (
          <li key={item.id}>
            {item.product_title} ({item.variant_title}) × {item.quantity} —{" "}
            {formatMoney(item.total, cart.currency_code)}
            <form action={removeLineItem} style={{ display: "inline", marginLeft: 8 }}>
              <input type="hidden" name="line_id" value={item.id} />
              <button type="submit">Remove</button>
            </form>
          </li>
        ))}
      </ul>
      <p>Subtotal: {formatMoney(cart.item_subtotal, cart.currency_code)}</p>
      <Link href="/checkout?step=address">Go to checkout</Link>
    </>
  )
}
