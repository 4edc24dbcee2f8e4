import { redirect } from "next/navigation"

async function openOrder(formData: FormData) {
  "use server"
  const id = String(formData.get("order_id") ?? "").trim()
  const email = String(formData.get("email") ?? "").trim()
  redirect(`/account/orders/${encodeURIComponent(id)}?email=${encodeURIComponent(email)}`)
}

/** The example has no customer accounts: an order opens with its id and the email it was placed with. */
export default function FindOrderPage() {
  return (
    <>
      <h1>Your orders</h1>
      <form action={openOrder}>
        <label htmlFor="order_id">Order id</label>
        <input id="order_id" name="order_id" required />
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" required />
        <p>
          <button type="submit">Show order</button>
        </p>
      </form>
    </>
  )
}
