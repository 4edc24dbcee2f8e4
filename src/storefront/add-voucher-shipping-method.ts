import type { GiftingSdk } from "./sdk"
import { validateVoucherRecipient, type VoucherRecipientInput } from "./voucher-recipient"

/** The voucher recipient did not pass the UGiftMe provider's rules; nothing was sent. */
export class VoucherRecipientError extends Error {
  override readonly name = "VoucherRecipientError"

  constructor(
    message: string,
    /** One API-worded message per invalid field. */
    readonly errors: Partial<Record<string, string>>
  ) {
    super(message)
  }
}

export type AddVoucherShippingMethodInput = {
  cartId: string
  /** The id of the "Digital voucher by email" shipping option (see `isVoucherShippingOption`). */
  optionId: string
  recipient: VoucherRecipientInput
  query?: Record<string, unknown>
  headers?: Record<string, string>
}

/**
 * Adds the "Digital voucher by email" shipping method with who receives the
 * vouchers as its `data`, checked first with the provider's rules (invalid
 * data throws a `VoucherRecipientError` without a request). For a server
 * action, prefer `setVoucherShippingMethod`, which returns the outcome.
 */
export async function addVoucherShippingMethod<Sdk extends GiftingSdk>(
  sdk: Sdk,
  { cartId, optionId, recipient, query, headers }: AddVoucherShippingMethodInput
): Promise<Awaited<ReturnType<Sdk["store"]["cart"]["addShippingMethod"]>>> {
  const validation = validateVoucherRecipient(recipient)
  if (!validation.success) throw new VoucherRecipientError(validation.message, validation.errors)
  return (await sdk.store.cart.addShippingMethod(
    cartId,
    { option_id: optionId, data: validation.data },
    query,
    headers
  )) as Awaited<ReturnType<Sdk["store"]["cart"]["addShippingMethod"]>>
}
