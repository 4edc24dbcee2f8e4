import { redirect } from "next/navigation"

async function openGuestOrder(formData: FormData) {
  "use server"
  const id = String(formData.get("order_id") ?? "").trim()
  const email = String(formData.get("email") ?? "").trim()
  redirect(`/account/orders/${encodeURIComponent(id)}?email=${encodeURIComponent(email)}`)
}

/** An order placed without an account opens with its id and the email it was placed with. */
export function GuestOrderForm() {
  return (
    <form action={openGuestOrder}>
      <label htmlFor="order_id">Order id</label>
      <input id="order_id" name="order_id" required />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" required />
      <p>
        <button type="submit">Show order</button>
      </p>
    </form>
  )
}
