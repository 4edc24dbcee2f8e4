import { validateGiftRecipient, type GiftRecipientErrors } from "./gift-recipient"
import {
  addRecipientShippingMethod,
  type AddRecipientShippingMethodInput,
  type AddShippingMethodAnswer,
} from "./add-recipient-shipping-method"
import type { GiftingSdk } from "./sdk"
import type { GiftRecipientInput } from "./types"

/** The recipient data did not pass the provider's rules; nothing was sent. */
export class GiftRecipientError extends Error {
  override readonly name = "GiftRecipientError"

  constructor(
    message: string,
    /** One message per invalid field. */
    readonly errors: GiftRecipientErrors
  ) {
    super(message)
  }
}

export type AddGiftShippingMethodInput = AddRecipientShippingMethodInput<GiftRecipientInput>

/**
 * Adds the "Send as a gift" shipping method to a cart with who receives the
 * gift as its `data`. The recipient is checked first with the provider's own
 * rules: invalid data throws a `GiftRecipientError` (with a message per
 * field) without a request. Returns what the SDK returns (`{ cart }`).
 *
 * @example
 * await addGiftShippingMethod(sdk, {
 *   cartId: cart.id,
 *   optionId: giftOption.id,
 *   recipient: { recipient_name: "Rosa", recipient_email: "rosa@example.com", gift_message: "Happy birthday!" },
 * })
 */
export function addGiftShippingMethod<Sdk extends GiftingSdk>(
  sdk: Sdk,
  input: AddGiftShippingMethodInput
): Promise<AddShippingMethodAnswer<Sdk>> {
  return addRecipientShippingMethod(
    sdk,
    validateGiftRecipient(input.recipient),
    input,
    (message, errors) => new GiftRecipientError(message, errors)
  )
}
