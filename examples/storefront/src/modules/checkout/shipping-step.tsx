"use client"

import type { HttpTypes } from "@medusajs/types"
import {
  GiftRecipientFields,
  VoucherRecipientFields,
  useGiftRecipientForm,
  useGiftShippingStep,
  useVoucherRecipientForm,
} from "medusa-plugin-gifting/storefront/react"
import { useRouter } from "next/navigation"
import { useState } from "react"
import {
  setGiftShipping,
  setShippingMethod,
  setVoucherShipping,
  type ShippingActionResult,
} from "@/lib/data/cart"
import { formatMoney } from "@/lib/money"

type Props = {
  cart: HttpTypes.StoreCart
  options: HttpTypes.StoreCartShippingOption[]
}

/**
 * The delivery step: Standard is added on click; the gift and voucher options
 * only open their recipient form, and are added with "Save recipient" once it
 * is valid. "Continue to payment" waits until the cart holds what is on screen.
 */
export function ShippingStep({ cart, options }: Props) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const step = useGiftShippingStep({
    cart,
    options,
    setShippingMethod: async (optionId) => {
      setError(null)
      const result = await setShippingMethod(cart.id, optionId)
      if (!result.ok) setError(result.message)
      router.refresh()
    },
  })
  const gift = useGiftRecipientForm({ cart })
  const voucher = useVoucherRecipientForm({ cart })

  function showOutcome(
    result: ShippingActionResult | undefined,
    form: { showErrors(errors: Record<string, string>): void }
  ) {
    if (!result) return
    if (result.ok) {
      router.refresh()
      return
    }
    form.showErrors(result.errors)
    setError(result.reason === "invalid_recipient" ? null : result.message)
  }

  async function saveGiftRecipient() {
    setError(null)
    const recipient = gift.validate()
    if (!recipient) return
    showOutcome(await step.saveRecipient((optionId) => setGiftShipping(cart.id, optionId, recipient)), gift)
  }

  async function saveVoucherRecipient() {
    setError(null)
    const recipient = voucher.validate()
    if (!recipient) return
    showOutcome(
      await step.saveRecipient((optionId) => setVoucherShipping(cart.id, optionId, recipient)),
      voucher
    )
  }

  return (
    <section aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">Delivery</h2>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>Shipping method</legend>
        {options.map((option) => (
          <label key={option.id} style={{ display: "flex", gap: 8 }}>
            <input
              type="radio"
              name="shipping_option"
              value={option.id}
              checked={step.selectedOptionId === option.id}
              onChange={() => step.select(option.id)}
              disabled={step.isSaving}
            />
            {option.name} — {formatMoney(option.amount, cart.currency_code)}
          </label>
        ))}
      </fieldset>

      {step.selectedKind === "gift" && (
        <div style={{ marginTop: 16 }}>
          <GiftRecipientFields form={gift} disabled={step.isSaving} />
          <button type="button" onClick={saveGiftRecipient} disabled={step.isSaving}>
            Save recipient
          </button>
        </div>
      )}
      {step.selectedKind === "voucher" && (
        <div style={{ marginTop: 16 }}>
          <VoucherRecipientFields form={voucher} disabled={step.isSaving} />
          <button type="button" onClick={saveVoucherRecipient} disabled={step.isSaving}>
            Save recipient
          </button>
        </div>
      )}
      {step.needsRecipient && !step.isSaving ? <p>Save the recipient to continue.</p> : null}

      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}

      <p>
        <button
          type="button"
          disabled={!step.canContinue}
          onClick={() => router.push("/checkout?step=payment")}
        >
          Continue to payment
        </button>
      </p>
    </section>
  )
}
