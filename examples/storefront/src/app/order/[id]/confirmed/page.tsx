import Link from "next/link"
import { notFound } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrder } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/order/order-details"

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const [order, customer] = await Promise.all([retrieveOrder(id), retrieveCustomer()])
  if (!order) notFound()
  // A customer finds the order in their account; a guest with the order's email.
  const later =
    customer && order.customer_id === customer.id
      ? `/account/orders/${order.id}`
      : `/account/orders/${order.id}?email=${encodeURIComponent(order.email ?? "")}`
  return (
    <>
      <h1>Thank you, your order was placed</h1>
      <OrderDetails order={order} />
      <p>
        <Link href={later}>Find this order later</Link>
      </p>
    </>
  )
}
