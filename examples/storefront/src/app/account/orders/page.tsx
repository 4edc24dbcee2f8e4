import Link from "next/link"
import { retrieveCustomer } from "@/lib/data/customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { formatMoney } from "@/lib/money"
import { GuestOrderForm } from "@/modules/account/guest-order-form"

/** The logged-in customer's orders; a guest finds an order by its id and email. */
export default async function OrdersPage() {
  const customer = await retrieveCustomer()
  if (!customer) {
    return (
      <>
        <h1>Your orders</h1>
        <p>
          <Link href="/account">Log in</Link> to see the orders of your account, or find an order placed
          without one:
        </p>
        <GuestOrderForm />
      </>
    )
  }
  const orders = await listCustomerOrders()
  return (
    <>
      <h1>Your orders</h1>
      {orders.length ? (
        <ul data-testid="customer-orders">
          {orders.map((order) => (
            <li key={order.id}>
              <Link href={`/account/orders/${order.id}`}>Order #{order.display_id}</Link>{" "}
              {formatMoney(order.total, order.currency_code)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No orders yet.</p>
      )}
    </>
  )
}
