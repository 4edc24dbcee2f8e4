import { selectPayment } from "@/lib/data/cart"

/** The store's system provider ("manual" payment): no card details in this example. */
export function PaymentStep() {
  return (
    <section aria-labelledby="payment-heading">
      <h2 id="payment-heading">Payment</h2>
      <form action={selectPayment}>
        <label>
          <input type="radio" name="provider_id" value="pp_system_default" defaultChecked /> Pay by invoice
          (test payment)
        </label>
        <p>
          <button type="submit">Continue to review</button>
        </p>
      </form>
    </section>
  )
}
