import { useCallback, useMemo, useState } from "react"
import { GIFT_RECIPIENT_FIELDS, type GiftRecipientField } from "../../shared/gift-shipping-rules"
import { VOUCHER_RECIPIENT_FIELDS, type VoucherRecipientField } from "../../shared/voucher-shipping-rules"
import { findGiftRecipient, validateGiftRecipient, type OrderWithShippingMethods } from "../gift-recipient"
import type { RecipientValidation } from "../recipient-issues"
import { shopperMessage, type RecipientMessages } from "../recipient-messages"
import type { GiftRecipientData } from "../types"
import {
  findVoucherRecipient,
  validateVoucherRecipient,
  type VoucherRecipientData,
} from "../voucher-recipient"

/** A recipient form's state: values as typed, the shopper messages to show, and its actions. */
export type RecipientForm<Field extends string, Data> = {
  fields: readonly Field[]
  values: Record<Field, string>
  /** Shopper-facing messages of the fields to show now (after a blur or a submit attempt). */
  errors: Partial<Record<Field, string>>
  setValue(field: Field, value: string): void
  /** Marks a field as visited, so its problem shows (call on blur). */
  touch(field: Field): void
  /** Checks every field and shows every problem; the normalised data when all are valid. */
  validate(): Data | null
  /** Shows problems the store found (e.g. `result.errors` of `setGiftShippingMethod`). */
  showErrors(errors: Partial<Record<Field, string>>): void
}

export type UseRecipientFormOptions = {
  /** The cart (or order) to prefill from: the recipient already on its shipping method. */
  cart?: OrderWithShippingMethods | null
  /** Texts to use instead of the English defaults. */
  messages?: Partial<RecipientMessages>
}

function useRecipientForm<Field extends string, Data>(
  fields: readonly Field[],
  check: (values: Record<Field, string>) => RecipientValidation<Field, Data>,
  prefill: Partial<Record<Field, string>> | null,
  messages: Partial<RecipientMessages> | undefined
): RecipientForm<Field, Data> {
  const [values, setValues] = useState<Record<Field, string>>(
    () => Object.fromEntries(fields.map((field) => [field, prefill?.[field] ?? ""])) as Record<Field, string>
  )
  const [visible, setVisible] = useState<Partial<Record<Field, boolean>>>({})
  const [storeErrors, setStoreErrors] = useState<Partial<Record<Field, string>>>({})

  const errors = useMemo(() => {
    const shown: Partial<Record<Field, string>> = { ...storeErrors }
    const result = check(values)
    if (!result.success) {
      for (const issue of result.issues) {
        if (visible[issue.field]) shown[issue.field] = shopperMessage(issue, messages)
      }
    }
    return shown
  }, [check, values, visible, storeErrors, messages])

  const setValue = useCallback((field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setStoreErrors((current) => {
      if (!(field in current)) return current
      const next = { ...current }
      delete next[field]
      return next
    })
  }, [])
  const touch = useCallback((field: Field) => setVisible((current) => ({ ...current, [field]: true })), [])
  const validate = useCallback(() => {
    setVisible(Object.fromEntries(fields.map((field) => [field, true])) as Record<Field, boolean>)
    const result = check(values)
    return result.success ? result.data : null
  }, [check, fields, values])

  return { fields, values, errors, setValue, touch, validate, showErrors: setStoreErrors }
}

/**
 * The "Send as a gift" recipient form: name, email, optional phone and
 * message, prefilled from the cart's gift shipping method, checked with the
 * provider's own rules and shopper-facing (replaceable) messages.
 */
export function useGiftRecipientForm(
  options: UseRecipientFormOptions = {}
): RecipientForm<GiftRecipientField, GiftRecipientData> {
  const prefill = findGiftRecipient(options.cart)
  return useRecipientForm(GIFT_RECIPIENT_FIELDS, validateGiftRecipient, prefill, options.messages)
}

/** The "Digital voucher by email" recipient form: email, optional name and message. */
export function useVoucherRecipientForm(
  options: UseRecipientFormOptions = {}
): RecipientForm<VoucherRecipientField, VoucherRecipientData> {
  const prefill = findVoucherRecipient(options.cart)
  return useRecipientForm(VOUCHER_RECIPIENT_FIELDS, validateVoucherRecipient, prefill, options.messages)
}
