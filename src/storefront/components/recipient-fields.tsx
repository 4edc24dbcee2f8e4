import type { ChangeEvent } from "react"
import {
  GIFT_MESSAGE_MAX_LENGTH,
  GIFT_RECIPIENT_NAME_MAX_LENGTH,
  GIFT_RECIPIENT_PHONE_MAX_LENGTH,
  type GiftRecipientField,
} from "../../shared/gift-shipping-rules"
import {
  VOUCHER_GIFT_MESSAGE_MAX_LENGTH,
  VOUCHER_RECIPIENT_NAME_MAX_LENGTH,
  type VoucherRecipientField,
} from "../../shared/voucher-shipping-rules"
import type { GiftRecipientData } from "../types"
import type { VoucherRecipientData } from "../voucher-recipient"
import type { RecipientForm } from "./use-recipient-form"

type FieldSpec = {
  type: "text" | "email" | "tel" | "textarea"
  required: boolean
  maxLength: number
  autoComplete: string
}

export type RecipientFieldLabels<Field extends string> = {
  legend: string
  /** Shown after the label of an optional field. */
  optional: string
  fields: Record<Field, string>
}

export const defaultGiftRecipientLabels: RecipientFieldLabels<GiftRecipientField> = {
  legend: "Who receives the gift?",
  optional: "(optional)",
  fields: {
    recipient_name: "Recipient's name",
    recipient_email: "Recipient's email",
    recipient_phone: "Recipient's phone",
    gift_message: "Gift message",
  },
}

export const defaultVoucherRecipientLabels: RecipientFieldLabels<VoucherRecipientField> = {
  legend: "Who receives the vouchers?",
  optional: "(optional)",
  fields: {
    recipient_email: "Recipient's email",
    recipient_name: "Recipient's name",
    gift_message: "Message with the voucher",
  },
}

const GIFT_FIELDS: Record<GiftRecipientField, FieldSpec> = {
  recipient_name: {
    type: "text",
    required: true,
    maxLength: GIFT_RECIPIENT_NAME_MAX_LENGTH,
    autoComplete: "off",
  },
  recipient_email: { type: "email", required: true, maxLength: 320, autoComplete: "off" },
  recipient_phone: {
    type: "tel",
    required: false,
    maxLength: GIFT_RECIPIENT_PHONE_MAX_LENGTH,
    autoComplete: "off",
  },
  gift_message: {
    type: "textarea",
    required: false,
    maxLength: GIFT_MESSAGE_MAX_LENGTH,
    autoComplete: "off",
  },
}

const VOUCHER_FIELDS: Record<VoucherRecipientField, FieldSpec> = {
  recipient_email: { type: "email", required: true, maxLength: 320, autoComplete: "off" },
  recipient_name: {
    type: "text",
    required: false,
    maxLength: VOUCHER_RECIPIENT_NAME_MAX_LENGTH,
    autoComplete: "off",
  },
  gift_message: {
    type: "textarea",
    required: false,
    maxLength: VOUCHER_GIFT_MESSAGE_MAX_LENGTH,
    autoComplete: "off",
  },
}

type RecipientFieldsProps<Field extends string, Data> = {
  form: RecipientForm<Field, Data>
  labels?: Partial<Omit<RecipientFieldLabels<Field>, "fields">> & { fields?: Partial<Record<Field, string>> }
  /** Prefix of the inputs' ids (two forms on one page need different ones). */
  idPrefix?: string
  className?: string
  disabled?: boolean
}

function RecipientFieldset<Field extends string, Data>({
  form,
  specs,
  labels,
  idPrefix,
  className,
  disabled,
}: {
  form: RecipientForm<Field, Data>
  specs: Record<Field, FieldSpec>
  labels: RecipientFieldLabels<Field>
  idPrefix: string
  className?: string
  disabled?: boolean
}) {
  return (
    <fieldset className={className} disabled={disabled} style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 8 }}>{labels.legend}</legend>
      {form.fields.map((field) => {
        const spec = specs[field]
        const id = `${idPrefix}-${field}`
        const error = form.errors[field]
        const common = {
          id,
          name: field,
          value: form.values[field],
          required: spec.required,
          maxLength: spec.maxLength,
          autoComplete: spec.autoComplete,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            form.setValue(field, event.target.value),
          onBlur: () => form.touch(field),
          style: { display: "block", width: "100%", boxSizing: "border-box" as const, padding: "8px" },
        }
        return (
          <div key={field} style={{ marginBottom: 12 }}>
            <label htmlFor={id} style={{ display: "block", marginBottom: 4 }}>
              {labels.fields[field]}
              {spec.required ? null : ` ${labels.optional}`}
            </label>
            {spec.type === "textarea" ? (
              <textarea rows={3} {...common} />
            ) : (
              <input type={spec.type} {...common} />
            )}
            {error ? (
              <p id={`${id}-error`} role="alert" style={{ color: "#b42318", margin: "4px 0 0" }}>
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
    </fieldset>
  )
}

function mergeLabels<Field extends string>(
  defaults: RecipientFieldLabels<Field>,
  labels: RecipientFieldsProps<Field, unknown>["labels"]
): RecipientFieldLabels<Field> {
  return { ...defaults, ...labels, fields: { ...defaults.fields, ...labels?.fields } }
}

/** The gift recipient's fields (labelled, accessible, unstyled but decent), driven by `useGiftRecipientForm`. */
export function GiftRecipientFields({
  form,
  labels,
  idPrefix = "gift-recipient",
  className,
  disabled,
}: RecipientFieldsProps<GiftRecipientField, GiftRecipientData>) {
  return (
    <RecipientFieldset
      form={form}
      specs={GIFT_FIELDS}
      labels={mergeLabels(defaultGiftRecipientLabels, labels)}
      idPrefix={idPrefix}
      className={className}
      disabled={disabled}
    />
  )
}

/** The voucher recipient's fields, driven by `useVoucherRecipientForm`. */
export function VoucherRecipientFields({
  form,
  labels,
  idPrefix = "voucher-recipient",
  className,
  disabled,
}: RecipientFieldsProps<VoucherRecipientField, VoucherRecipientData>) {
  return (
    <RecipientFieldset
      form={form}
      specs={VOUCHER_FIELDS}
      labels={mergeLabels(defaultVoucherRecipientLabels, labels)}
      idPrefix={idPrefix}
      className={className}
      disabled={disabled}
    />
  )
}
