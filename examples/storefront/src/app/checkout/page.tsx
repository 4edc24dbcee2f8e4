import { redirect } from "next/navigation"
import { listShippingOptions, retrieveCart } from "@/lib/data/cart"
import { AddressStep } from "@/modules/checkout/address-step"
import { PaymentStep } from "@/modules/checkout/payment-step"
import { ReviewStep } from "@/modules/checkout/review-step"
import { ShippingStep } from "@/modules/checkout/shipping-step"

const STEPS = ["address", "delivery", "payment", "review"] as const
type Step = (typeof STEPS)[number]

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<{ step?: string; error?: string }>
}) {
  const { step: requested, error } = await searchParams
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect("/cart")
  // A step is open only once the ones before it are done.
  const reachable: Step[] = ["address"]
  if (cart.email && cart.shipping_address?.address_1) reachable.push("delivery")
  if (reachable.includes("delivery") && cart.shipping_methods?.length) reachable.push("payment")
  if (reachable.includes("payment") && cart.payment_collection?.payment_sessions?.length)
    reachable.push("review")
  const step: Step = reachable.includes(requested as Step) ? (requested as Step) : reachable[0]

  return (
    <>
      <h1>Checkout</h1>
      <div className="steps">
        {STEPS.map((name) => (
          <span key={name} aria-current={name === step ? "step" : undefined}>
            {name}
          </span>
        ))}
      </div>
      {step === "address" && <AddressStep cart={cart} />}
      {step === "delivery" && <ShippingStep cart={cart} options={await listShippingOptions(cart.id)} />}
      {step === "payment" && <PaymentStep />}
      {step === "review" && <ReviewStep cart={cart} error={error} />}
    </>
  )
}
