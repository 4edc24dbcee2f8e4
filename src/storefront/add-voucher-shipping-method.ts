import {
  addRecipientShippingMethod,
  type AddRecipientShippingMethodInput,
  type AddShippingMethodAnswer,
} from "./add-recipient-shipping-method"
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

export type AddVoucherShippingMethodInput = AddRecipientShippingMethodInput<VoucherRecipientInput>

/**
 * Adds the "Digital voucher by email" shipping method with who receives the
 * vouchers as its `data`, checked first with the provider's rules (invalid
 * data throws a `VoucherRecipientError` without a request). For a server
 * action, prefer `setVoucherShippingMethod`, which returns the outcome.
 */
export function addVoucherShippingMethod<Sdk extends GiftingSdk>(
  sdk: Sdk,
  input: AddVoucherShippingMethodInput
): Promise<AddShippingMethodAnswer<Sdk>> {
  return addRecipientShippingMethod(
    sdk,
    validateVoucherRecipient(input.recipient),
    input,
    (message, errors) => new VoucherRecipientError(message, errors)
  )
}
