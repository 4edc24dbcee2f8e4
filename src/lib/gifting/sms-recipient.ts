import { parsePhoneNumberFromString, type NumberType } from "libphonenumber-js/max"

/**
 * The number types an SMS with a recipient link may go to. Everything else is
 * refused: premium-rate, shared-cost, universal access and personal numbers
 * (each can bill or forward at the store's expense), toll-free, pagers, VoIP
 * and voicemail ranges, fixed lines, and any number whose type the metadata
 * does not know. Short codes are not valid international numbers and never
 * get this far.
 */
const SMS_NUMBER_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(["MOBILE", "FIXED_LINE_OR_MOBILE"])

const NUMBER_TYPE_NAMES: Partial<Record<NonNullable<NumberType>, string>> = {
  PREMIUM_RATE: "a premium-rate number",
  SHARED_COST: "a shared-cost number",
  UAN: "a universal access number",
  PERSONAL_NUMBER: "a personal (forwarding) number",
  TOLL_FREE: "a toll-free number",
  VOIP: "a VoIP number",
  PAGER: "a pager number",
  VOICEMAIL: "a voicemail number",
  FIXED_LINE: "a fixed line",
}

/** Only an international number: "+", the country code, then digits, with optional spaces, dots, dashes or brackets. */
const INTERNATIONAL_FORM = /^\+[1-9][\d\s().-]*$/

export type SmsRecipient = { ok: true; number: string } | { ok: false; reason: string }

/**
 * Whether the recipient-link SMS may go to the phone number the shopper typed,
 * and the number in E.164 form when it may. It may when the number is written
 * in international form, is a valid number (libphonenumber's full metadata),
 * is a mobile number, and belongs to a country one of the store's regions
 * ships to (`shipsTo`: ISO 3166-1 alpha-2 codes, any case). The reason, when
 * it may not, names no digits of the number, so it can go to the log.
 *
 * @example
 * smsRecipientOf("+44 7400 123456", ["gb"]) // { ok: true, number: "+447400123456" }
 * smsRecipientOf("+44 909 879 0000", ["gb"]) // { ok: false, reason: "… a premium-rate number" }
 */
export function smsRecipientOf(phone: string | null | undefined, shipsTo: readonly string[]): SmsRecipient {
  const typed = (phone ?? "").trim()
  if (!typed) return { ok: false, reason: "the recipient gave no phone number" }
  if (!INTERNATIONAL_FORM.test(typed)) {
    return {
      ok: false,
      reason: "the recipient's phone number is not in international form (+ and country code)",
    }
  }
  const parsed = parsePhoneNumberFromString(typed)
  if (!parsed || !parsed.isValid()) return { ok: false, reason: "the recipient's phone number is not valid" }
  const country = parsed.country?.toLowerCase()
  if (!country || !shipsTo.some((code) => code.toLowerCase() === country)) {
    return {
      ok: false,
      reason: `the recipient's phone number is from a country the store's regions do not ship to (${country?.toUpperCase() ?? "none"})`,
    }
  }
  const type = parsed.getType()
  if (!SMS_NUMBER_TYPES.has(type)) {
    const name = (type && NUMBER_TYPE_NAMES[type]) ?? "a number of unknown type"
    return { ok: false, reason: `the recipient's phone number is ${name}, not a mobile number` }
  }
  return { ok: true, number: parsed.number }
}
