import Link from "next/link"
import { findOrderForEmail } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/order/order-details"

export default async function AccountOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ email?: string }>
}) {
  const [{ id }, { email = "" }] = await Promise.all([params, searchParams])
  const order = await findOrderForEmail(id, email)
  if (!order) {
    return (
      <>
        <h1>Order not found</h1>
        <p>
          No order with this id was placed with this email. <Link href="/account/orders">Try again</Link>
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
