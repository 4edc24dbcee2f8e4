import Link from "next/link"
import { retrieveCustomer } from "@/lib/data/customer"
import { findOrderForEmail, retrieveCustomerOrder } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/order/order-details"

/**
 * The account's order page: the logged-in customer's own order, or a guest's
 * order opened with the email it was placed with (`?email=`).
 */
export default async function AccountOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ email?: string }>
}) {
  const [{ id }, { email = "" }, customer] = await Promise.all([params, searchParams, retrieveCustomer()])
  const order = customer ? await retrieveCustomerOrder(id, customer.id) : await findOrderForEmail(id, email)
  if (!order) {
    return (
      <>
        <h1>Order not found</h1>
        <p>
          {customer
            ? "Your account has no order with this id."
            : "No order with this id was placed with this email."}{" "}
          <Link href="/account/orders">Your orders</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Order #{order.display_id}</h1>
      <OrderDetails order={order} />
    </>
  )
}
