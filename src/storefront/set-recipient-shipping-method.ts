import type { AddRecipientShippingMethodInput } from "./add-recipient-shipping-method"
import { GIFT_RECIPIENT_FIELDS, type GiftRecipientField } from "../shared/gift-shipping-rules"
import { VOUCHER_RECIPIENT_FIELDS, type VoucherRecipientField } from "../shared/voucher-shipping-rules"
import { validateGiftRecipient } from "./gift-recipient"
import type { RecipientIssue, RecipientValidation } from "./recipient-issues"
import { issueFromApiMessage, shopperMessage, type RecipientMessages } from "./recipient-messages"
import { httpStatusOf, type GiftingSdk } from "./sdk"
import type { GiftRecipientInput } from "./types"
import { validateVoucherRecipient, type VoucherRecipientInput } from "./voucher-recipient"

/**
 * What adding a gift or voucher shipping method came to, as plain data a
 * Next.js server action can return to the form (an error thrown in a server
 * action reaches the browser only as a generic message in production).
 * - `invalid_recipient`: a field is wrong; `errors` has a shopper message per field.
 * - `refused`: the store refused the method for another reason (e.g. a cart the gift option cannot take); `message` says why.
 * - `unavailable`: the store could not be reached or failed; try again.
 */
export type RecipientShippingResult<Field extends string> =
  | { ok: true; cart: unknown }
  | {
      ok: false
      reason: "invalid_recipient" | "refused" | "unavailable"
      /** Shopper-facing message per invalid field. */
      errors: Partial<Record<Field, string>>
      /** The invalid fields with their codes, to translate by. */
      issues: RecipientIssue<Field>[]
      /** One shopper-facing sentence for the whole form. */
      message: string
    }

export type SetRecipientShippingMethodInput<Recipient> = AddRecipientShippingMethodInput<Recipient> & {
  /** Texts to use instead of the English defaults. */
  messages?: Partial<RecipientMessages> & { unavailable?: string }
}

const DEFAULT_UNAVAILABLE = "We could not save the delivery choice. Please try again."

function invalid<Field extends string>(
  issues: RecipientIssue<Field>[],
  messages: Partial<RecipientMessages> | undefined
): RecipientShippingResult<Field> {
  const errors: Partial<Record<Field, string>> = {}
  for (const issue of issues) errors[issue.field] = shopperMessage(issue, messages)
  return {
    ok: false,
    reason: "invalid_recipient",
    errors,
    issues,
    message: errors[issues[0].field] as string,
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function setRecipientShippingMethod<Field extends string, Data extends Record<string, unknown>>(
  sdk: GiftingSdk,
  fields: readonly Field[],
  validation: RecipientValidation<Field, Data>,
  input: SetRecipientShippingMethodInput<unknown>
): Promise<RecipientShippingResult<Field>> {
  if (!validation.success) return invalid(validation.issues, input.messages)
  try {
    const { cart } = await sdk.store.cart.addShippingMethod(
      input.cartId,
      { option_id: input.optionId, data: validation.data },
      input.query,
      input.headers
    )
    return { ok: true, cart }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status !== undefined && status >= 400 && status < 500) {
      const issue = issueFromApiMessage(errorMessage(error), fields)
      if (issue) return invalid([issue], input.messages)
      return { ok: false, reason: "refused", errors: {}, issues: [], message: errorMessage(error) }
    }
    const message = input.messages?.unavailable ?? DEFAULT_UNAVAILABLE
    return { ok: false, reason: "unavailable", errors: {}, issues: [], message }
  }
}

/**
 * Adds the "Send as a gift" shipping method with the recipient as its data and
 * returns the outcome instead of throwing: safe to call from a Next.js server
 * action and hand back to the form. Nothing is sent when a field is invalid.
 *
 * @example
 * "use server"
 * export async function chooseGift(cartId: string, optionId: string, recipient: GiftRecipientInput) {
 *   return setGiftShippingMethod(sdk, { cartId, optionId, recipient, headers: await getAuthHeaders() })
 * }
 */
export function setGiftShippingMethod(
  sdk: GiftingSdk,
  input: SetRecipientShippingMethodInput<GiftRecipientInput>
): Promise<RecipientShippingResult<GiftRecipientField>> {
  return setRecipientShippingMethod(sdk, GIFT_RECIPIENT_FIELDS, validateGiftRecipient(input.recipient), input)
}

/** The same as {@link setGiftShippingMethod}, for the "Digital voucher by email" option. */
export function setVoucherShippingMethod(
  sdk: GiftingSdk,
  input: SetRecipientShippingMethodInput<VoucherRecipientInput>
): Promise<RecipientShippingResult<VoucherRecipientField>> {
  return setRecipientShippingMethod(
    sdk,
    VOUCHER_RECIPIENT_FIELDS,
    validateVoucherRecipient(input.recipient),
    input
  )
}
