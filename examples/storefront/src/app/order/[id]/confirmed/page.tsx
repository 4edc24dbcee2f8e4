import Link from "next/link"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/order/order-details"

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const order = await retrieveOrder(id)
  if (!order) notFound()
  return (
    <>
      <h1>Thank you, your order was placed</h1>
      <OrderDetails order={order} />
      <p>
        <Link href={`/account/orders/${order.id}?email=${encodeURIComponent(order.email ?? "")}`}>
          Find this order later
        </Link>
      </p>
    </>
  )
}
