import { GIFT_RECIPIENT_EMAIL_PATTERN } from "../shared/gift-shipping-rules"
import { toMultiLine, toSingleLine } from "../shared/text-lines"

// The line helpers are shared with the server's recipient notifications; re-exported for storefronts.
export { toMultiLine, toSingleLine }

/** Who and what a share message is about. Every field but `link` is optional. */
export type GiftShareInput = {
  /** The recipient link of the gift. */
  link: string
  recipient?: { name?: string | null; email?: string | null; phone?: string | null } | null
  senderName?: string | null
  storeName?: string | null
  giftMessage?: string | null
  /** Replaces the default English wording (e.g. for another language). */
  copy?: Partial<GiftShareCopy>
}

/** The cleaned-up values the wording is made from (single-line names, normalised message). */
export type GiftShareContext = {
  recipientName?: string
  senderName?: string
  storeName?: string
  giftMessage?: string
}

/** The wording of share messages; each part receives the context and returns text without the link. */
export type GiftShareCopy = {
  /** Email subject and Web Share title. */
  subject: (context: GiftShareContext) => string
  /** The message before the link (email body, copy text, Web Share text). */
  message: (context: GiftShareContext) => string
  /** The short text before the link in an SMS. */
  sms: (context: GiftShareContext) => string
}

export type WebShareData = { title: string; text: string; url: string }

/** Everything needed to share a gift's link through each channel. */
export type GiftShareTargets = {
  link: string
  subject: string
  /** A ready-to-paste message with the link. */
  copyText: string
  /** `mailto:` URI with the recipient (when known), subject and body. */
  mailto: string
  /** `sms:` URI with the recipient's number (when known) and body. */
  sms: string
  /** For `navigator.share(…)`. */
  webShare: WebShareData
}

function greeting(context: GiftShareContext): string {
  return context.recipientName ? `Hi ${context.recipientName},` : "Hi,"
}

export const defaultGiftShareCopy: GiftShareCopy = {
  subject: ({ recipientName, senderName }) =>
    senderName
      ? `${senderName} sent you a gift`
      : recipientName
        ? `A gift for you, ${recipientName}`
        : "A gift for you",
  message: (context) =>
    [
      greeting(context),
      "",
      `I sent you a gift${context.storeName ? ` from ${context.storeName}` : ""}! Open the link below to accept it and tell us where it should be delivered.`,
      ...(context.giftMessage ? ["", context.giftMessage] : []),
      ...(context.senderName ? ["", context.senderName] : []),
    ].join("\n"),
  sms: (context) => `${greeting(context)} I sent you a gift! Accept it here:`,
}

function contextOf(input: GiftShareInput): GiftShareContext {
  const context: GiftShareContext = {}
  const recipientName = toSingleLine(input.recipient?.name)
  const senderName = toSingleLine(input.senderName)
  const storeName = toSingleLine(input.storeName)
  const giftMessage = toMultiLine(input.giftMessage)
  if (recipientName) context.recipientName = recipientName
  if (senderName) context.senderName = senderName
  if (storeName) context.storeName = storeName
  if (giftMessage) context.giftMessage = giftMessage
  return context
}

/** RFC 6068 wants CRLF line breaks in a mailto body. */
function encodeMailtoText(value: string): string {
  return encodeURIComponent(value.replace(/\r?\n/g, "\r\n"))
}

function encodeMailtoAddress(email: string | null | undefined): string {
  const address = (email ?? "").trim().toLowerCase()
  if (!GIFT_RECIPIENT_EMAIL_PATTERN.test(address)) return ""
  const at = address.lastIndexOf("@")
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`
}

/**
 * A `mailto:` URI (RFC 6068). Subject and body are percent-encoded (a space is
 * `%20`, never `+`; line breaks are `%0D%0A`), so any name or message survives.
 * An address that is not a valid email is left out.
 */
export function buildMailtoUri({
  to,
  subject,
  body,
}: {
  to?: string | null
  subject: string
  body: string
}): string {
  return `mailto:${encodeMailtoAddress(to)}?subject=${encodeMailtoText(toSingleLine(subject))}&body=${encodeMailtoText(body)}`
}

/** A phone number as an `sms:` URI wants it: digits with an optional leading `+`, or `""`. */
export function toSmsNumber(phone: string | null | undefined): string {
  const trimmed = (phone ?? "").trim()
  const digits = trimmed.replace(/\D/g, "")
  if (digits.length < 3) return ""
  return trimmed.startsWith("+") ? `+${digits}` : digits
}

/**
 * An `sms:` URI (RFC 5724) with a percent-encoded body. The body parameter is
 * written `?&body=`, which iOS and Android messaging apps both read (and which
 * is still a valid RFC 5724 query: its first, empty field is ignored).
 */
export function buildSmsUri({ to, body }: { to?: string | null; body: string }): string {
  return `sms:${toSmsNumber(to)}?&body=${encodeURIComponent(body.replace(/\r\n?/g, "\n"))}`
}

/**
 * Builds every share target of a gift's link: the copy text, a `mailto:`
 * and an `sms:` URI addressed to the recipient when known, and the data for
 * the Web Share API. Pure: no browser API is touched.
 *
 * @example
 * const targets = buildGiftShareTargets({ link, recipient: { name: "Rosa", email: "rosa@example.com" } })
 * targets.mailto // "mailto:rosa@example.com?subject=A%20gift%20for%20you%2C%20Rosa&body=…"
 */
export function buildGiftShareTargets(input: GiftShareInput): GiftShareTargets {
  const copy: GiftShareCopy = { ...defaultGiftShareCopy, ...input.copy }
  const link = input.link.trim()
  const context = contextOf(input)
  const subject = toSingleLine(copy.subject(context))
  const message = toMultiLine(copy.message(context))
  const copyText = `${message}\n\n${link}`
  return {
    link,
    subject,
    copyText,
    mailto: buildMailtoUri({ to: input.recipient?.email, subject, body: copyText }),
    sms: buildSmsUri({ to: input.recipient?.phone, body: `${toSingleLine(copy.sms(context))} ${link}` }),
    webShare: { title: subject, text: message, url: link },
  }
}
