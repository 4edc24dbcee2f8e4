/**
 * @jest-environment jsdom
 */
/// <reference lib="dom" />
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { useState } from "react"
import {
  GiftRecipientFields,
  useGiftRecipientForm,
  useGiftShippingStep,
  type CartWithShippingMethods,
} from "../react"
import type { RecipientShippingResult } from "../set-recipient-shipping-method"
import { validateGiftRecipient } from "../gift-recipient"

const OPTIONS = [
  { id: "so_standard", name: "Standard", provider_id: "manual_manual" },
  { id: "so_gift", name: "Send as a gift", provider_id: "giftyzet_giftyzet" },
]

type Method = NonNullable<NonNullable<CartWithShippingMethods["shipping_methods"]>[number]>

/** A shipping step laid out like Medusa's starters', with a cart the "server" updates. */
function ShippingStep({ initial, added }: { initial: Method[]; added: Method[] }) {
  const [cart, setCart] = useState<CartWithShippingMethods>({ shipping_methods: initial })
  const store = (method: Method) => {
    added.push(method)
    setCart({ shipping_methods: [method] })
  }
  const step = useGiftShippingStep({
    cart,
    options: OPTIONS,
    setShippingMethod: async (optionId) => store({ shipping_option_id: optionId, data: {} }),
  })
  const form = useGiftRecipientForm({ cart })
  const [message, setMessage] = useState("")

  async function saveRecipient() {
    const recipient = form.validate()
    if (!recipient) return
    // What a server action wrapping setGiftShippingMethod hands back.
    const result = await step.saveRecipient(async (optionId): Promise<RecipientShippingResult<string>> => {
      const checked = validateGiftRecipient(recipient)
      if (!checked.success) throw new Error("validated above")
      store({ shipping_option_id: optionId, data: { kind: "giftyzet_gift", ...checked.data } })
      return { ok: true, cart: {} }
    })
    setMessage(result?.ok ? "saved" : "not saved")
  }

  return (
    <div>
      {OPTIONS.map((option) => (
        <label key={option.id}>
          <input
            type="radio"
            name="shipping"
            checked={step.selectedOptionId === option.id}
            onChange={() => step.select(option.id)}
          />
          {option.name}
        </label>
      ))}
      {step.selectedKind === "gift" ? (
        <>
          <GiftRecipientFields form={form} />
          <button type="button" onClick={saveRecipient}>
            Save recipient
          </button>
        </>
      ) : null}
      <p>{message}</p>
      <button type="button" disabled={!step.canContinue}>
        Continue to payment
      </button>
    </div>
  )
}

const continueButton = () => screen.getByRole<HTMLButtonElement>("button", { name: "Continue to payment" })
const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label)

describe("the gift shipping step", () => {
  it("does not add the gift option before its recipient is valid, and never continues on the old method", async () => {
    const added: Method[] = []
    render(<ShippingStep initial={[{ shipping_option_id: "so_standard", data: {} }]} added={added} />)
    expect(continueButton().disabled).toBe(false)

    fireEvent.click(screen.getByLabelText("Send as a gift"))

    // The cart still holds Standard: no request, and Continue is off.
    expect(added).toEqual([])
    expect(continueButton().disabled).toBe(true)

    fireEvent.change(screen.getByLabelText("Recipient's email"), { target: { value: "nope" } })
    fireEvent.click(screen.getByRole("button", { name: "Save recipient" }))
    expect((await screen.findByText("Enter the recipient's name.")).id).toBe(
      "gift-recipient-recipient_name-error"
    )
    expect(screen.getByText("Enter an email address like name@example.com.").getAttribute("role")).toBe(
      "alert"
    )
    expect(field("Recipient's email").getAttribute("aria-invalid")).toBe("true")
    expect(field("Recipient's email").getAttribute("aria-describedby")).toBe(
      "gift-recipient-recipient_email-error"
    )
    expect(added).toEqual([])
    expect(continueButton().disabled).toBe(true)

    fireEvent.change(screen.getByLabelText("Recipient's name"), { target: { value: "Rosa" } })
    fireEvent.change(screen.getByLabelText("Recipient's email"), { target: { value: "rosa@example.com" } })
    fireEvent.click(screen.getByRole("button", { name: "Save recipient" }))

    await waitFor(() => expect(continueButton().disabled).toBe(false))
    expect(added).toEqual([
      {
        shipping_option_id: "so_gift",
        data: { kind: "giftyzet_gift", recipient_name: "Rosa", recipient_email: "rosa@example.com" },
      },
    ])
    expect(screen.queryByRole("alert")).toBeNull()
  })

  it("adds a standard option at once, and prefills the recipient from a gift cart", async () => {
    const added: Method[] = []
    const gift = {
      shipping_option_id: "so_gift",
      data: { kind: "giftyzet_gift", recipient_name: "Rosa", recipient_email: "rosa@example.com" },
    }
    render(<ShippingStep initial={[gift]} added={added} />)

    expect(field("Recipient's name").value).toBe("Rosa")
    expect(field("Gift message (optional)").value).toBe("")
    expect(continueButton().disabled).toBe(false)

    fireEvent.click(screen.getByLabelText("Standard"))

    await waitFor(() => expect(added).toEqual([{ shipping_option_id: "so_standard", data: {} }]))
    expect(continueButton().disabled).toBe(false)
    expect(screen.queryByLabelText("Recipient's name")).toBeNull()
  })
})
