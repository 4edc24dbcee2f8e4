import { validateGiftRecipient, type GiftRecipientErrors } from "./gift-recipient"
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

export type AddGiftShippingMethodInput = {
  cartId: string
  /** The id of the "Send as a gift" shipping option (see `isGiftShippingOption`). */
  optionId: string
  recipient: GiftRecipientInput
  /** Fields of the cart to return (`sdk.store.cart.addShippingMethod`'s `query`). */
  query?: Record<string, unknown>
  /** Extra headers, e.g. the storefront's auth headers. */
  headers?: Record<string, string>
}

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
 *   recipient: { receiver_name: "Rosa", receiver_email: "rosa@example.com", gift_message: "Happy birthday!" },
 * })
 */
export async function addGiftShippingMethod<Sdk extends GiftingSdk>(
  sdk: Sdk,
  { cartId, optionId, recipient, query, headers }: AddGiftShippingMethodInput
): Promise<Awaited<ReturnType<Sdk["store"]["cart"]["addShippingMethod"]>>> {
  const validation = validateGiftRecipient(recipient)
  if (!validation.success) {
    throw new GiftRecipientError(validation.message, validation.errors)
  }
  return (await sdk.store.cart.addShippingMethod(
    cartId,
    { option_id: optionId, data: validation.data },
    query,
    headers
  )) as Awaited<ReturnType<Sdk["store"]["cart"]["addShippingMethod"]>>
}
