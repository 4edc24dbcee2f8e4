import { MESSAGES, SANDBOX_MESSAGES } from "./messages"

/** A create-order body that passed every check, with defaults applied. */
export type ValidCreateOrder = {
  external_order_id: string
  sender_name: string
  sender_email: string
  sender_phone: string
  sender_address: string
  receiver_name: string
  receiver_email: string
  receiver_phone: string
  items: { name: string; price: number; quantity: number; image_url: string | null }[]
  subtotal: number
  shipping: number
  tax: number
  total: number
}

export type Validation<T> = { ok: true; value: T } | { ok: false; message: string }

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined
}

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value)
}

function optionalAmount(value: unknown): number | undefined | null {
  if (value === undefined || value === null) {
    return undefined
  }
  return isAmount(value) && value >= 0 ? value : null
}

/**
 * Validates `POST /api/plugin/v1/orders` in the partner's order, answering
 * the partner's message for the first problem found.
 */
export function validateCreateOrder(body: Record<string, unknown>): Validation<ValidCreateOrder> {
  const fail = (message: string): Validation<ValidCreateOrder> => ({ ok: false, message })

  const externalOrderId = text(body.external_order_id)
  if (!externalOrderId) {
    return fail(MESSAGES.externalOrderIdRequired)
  }
  const [senderName, senderEmail, senderPhone, senderAddress] = [
    text(body.sender_name),
    text(body.sender_email),
    text(body.sender_phone),
    text(body.sender_address),
  ]
  if (!senderName || !senderEmail || !senderPhone || !senderAddress) {
    return fail(MESSAGES.senderFieldsRequired)
  }
  const receiverName = text(body.receiver_name)
  const receiverEmail = text(body.receiver_email)
  if (!receiverName || !receiverEmail) {
    return fail(MESSAGES.receiverFieldsRequired)
  }
  const receiverPhone = body.receiver_phone
  if (receiverPhone !== undefined && receiverPhone !== null && typeof receiverPhone !== "string") {
    return fail(SANDBOX_MESSAGES.receiverPhoneInvalid)
  }
  const items = body.items
  if (!Array.isArray(items) || items.length === 0) {
    return fail(MESSAGES.itemsRequired)
  }
  const validItems: ValidCreateOrder["items"] = []
  for (const [index, raw] of items.entries()) {
    const item = validateItem(raw)
    if (!item) {
      return fail(SANDBOX_MESSAGES.itemInvalid(index))
    }
    validItems.push(item)
  }
  const { subtotal, total } = body
  if (!isAmount(subtotal) || !isAmount(total) || total <= 0) {
    return fail(MESSAGES.amountsInvalid)
  }
  const shipping = optionalAmount(body.shipping)
  const tax = optionalAmount(body.tax)
  if (shipping === null || tax === null) {
    return fail(SANDBOX_MESSAGES.shippingTaxInvalid)
  }
  return {
    ok: true,
    value: {
      external_order_id: externalOrderId,
      sender_name: senderName,
      sender_email: senderEmail,
      sender_phone: senderPhone,
      sender_address: senderAddress,
      receiver_name: receiverName,
      receiver_email: receiverEmail,
      receiver_phone: typeof receiverPhone === "string" ? receiverPhone.trim() : "",
      items: validItems,
      subtotal,
      shipping: shipping ?? 0,
      tax: tax ?? 0,
      total,
    },
  }
}

function validateItem(raw: unknown): ValidCreateOrder["items"][number] | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return undefined
  }
  const item = raw as Record<string, unknown>
  const name = text(item.name)
  if (!name || !isAmount(item.price) || item.price < 0) {
    return undefined
  }
  const quantity = item.quantity ?? 1
  if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) {
    return undefined
  }
  const imageUrl = item.image_url
  if (imageUrl !== undefined && imageUrl !== null && typeof imageUrl !== "string") {
    return undefined
  }
  return { name, price: item.price, quantity, image_url: text(imageUrl) ?? null }
}

/** The recipient form's fields, as typed. */
export type RecipientFormValues = {
  receiver_name: string
  receiver_email: string
  receiver_phone: string
  receiver_address: string
}

export type RecipientFormErrors = Partial<Record<keyof RecipientFormValues, string>>

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const MAX_LENGTH: Record<keyof RecipientFormValues, number> = {
  receiver_name: 200,
  receiver_email: 254,
  receiver_phone: 40,
  receiver_address: 1000,
}

/** Reads the urlencoded form body; missing fields become empty strings. */
export function readRecipientForm(body: string): RecipientFormValues {
  const form = new URLSearchParams(body)
  return {
    receiver_name: (form.get("receiver_name") ?? "").trim(),
    receiver_email: (form.get("receiver_email") ?? "").trim(),
    receiver_phone: (form.get("receiver_phone") ?? "").trim(),
    receiver_address: (form.get("receiver_address") ?? "").trim(),
  }
}

/** Field errors of the recipient form (empty object when valid). */
export function validateRecipientForm(values: RecipientFormValues): RecipientFormErrors {
  const errors: RecipientFormErrors = {}
  if (!values.receiver_name) {
    errors.receiver_name = "Please enter your full name."
  }
  if (!values.receiver_email) {
    errors.receiver_email = "Please enter your email address."
  } else if (!EMAIL_SHAPE.test(values.receiver_email)) {
    errors.receiver_email = "Please enter a valid email address, like name@example.com."
  }
  if (values.receiver_phone && !/^[0-9+()\-.\s]{5,}$/.test(values.receiver_phone)) {
    errors.receiver_phone = "Please enter a phone number using digits, spaces and + ( ) - only."
  }
  if (!values.receiver_address) {
    errors.receiver_address = "Please enter your delivery address."
  }
  for (const field of Object.keys(MAX_LENGTH) as (keyof RecipientFormValues)[]) {
    if (!errors[field] && values[field].length > MAX_LENGTH[field]) {
      errors[field] = `Please keep this under ${MAX_LENGTH[field]} characters.`
    }
  }
  return errors
}
