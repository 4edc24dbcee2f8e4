import type { RecipientValidation } from "./recipient-issues"
import type { GiftingSdk } from "./sdk"

/** What both "add the shipping method with its recipient" helpers take. */
export type AddRecipientShippingMethodInput<Recipient> = {
  cartId: string
  /** The id of the gift or voucher shipping option. */
  optionId: string
  recipient: Recipient
  /** Fields of the cart to return (`sdk.store.cart.addShippingMethod`'s `query`). */
  query?: Record<string, unknown>
  /** Extra headers, e.g. the storefront's auth headers. */
  headers?: Record<string, string>
}

export type AddShippingMethodAnswer<Sdk extends GiftingSdk> = Awaited<
  ReturnType<Sdk["store"]["cart"]["addShippingMethod"]>
>

/**
 * Sends the validated recipient as the shipping method's `data`, or throws
 * the error `toError` makes of an invalid one (without a request).
 */
export async function addRecipientShippingMethod<Sdk extends GiftingSdk, Field extends string, Data>(
  sdk: Sdk,
  validation: RecipientValidation<Field, Data>,
  { cartId, optionId, query, headers }: AddRecipientShippingMethodInput<unknown>,
  toError: (message: string, errors: Partial<Record<Field, string>>) => Error
): Promise<AddShippingMethodAnswer<Sdk>> {
  if (!validation.success) throw toError(validation.message, validation.errors)
  return (await sdk.store.cart.addShippingMethod(
    cartId,
    { option_id: optionId, data: validation.data as Record<string, unknown> },
    query,
    headers
  )) as AddShippingMethodAnswer<Sdk>
}
