import type { RecipientErrorCode, RecipientIssue } from "./recipient-issues"

/** The shopper-facing text of each problem code; pass the ones to change (e.g. translations). */
export type RecipientMessages = Record<RecipientErrorCode, (issue: Omit<RecipientIssue, "message">) => string>

function requiredText(field: string): string {
  if (field.endsWith("email")) return "Enter the recipient's email address."
  if (field.endsWith("name")) return "Enter the recipient's name."
  return "Fill in this field."
}

/** Default English texts, written for shoppers rather than developers. */
export const defaultRecipientMessages: RecipientMessages = {
  required: ({ field }) => requiredText(field),
  not_text: () => "Enter text in this field.",
  too_long: ({ max }) => (max ? `Use at most ${max} characters.` : "This is too long."),
  invalid_email: () => "Enter an email address like name@example.com.",
  invalid_phone: () => "Enter a phone number, for example +44 20 7946 0958.",
}

/** The shopper-facing text of one problem, with `messages` overriding the defaults. */
export function shopperMessage(
  issue: Omit<RecipientIssue, "message">,
  messages: Partial<RecipientMessages> = {}
): string {
  return (messages[issue.code] ?? defaultRecipientMessages[issue.code])(issue)
}

const API_MESSAGE =
  /^(?:[^:]*: )?([a-z_]+) (is required|must be a string|must be at most (\d+) characters|must be a valid email address|must be a phone number)$/

const CODE_BY_WORDING: Record<string, RecipientErrorCode> = {
  "is required": "required",
  "must be a string": "not_text",
  "must be a valid email address": "invalid_email",
  "must be a phone number": "invalid_phone",
}

/**
 * Reads a field problem out of the store's 400 answer (e.g. "Send as a gift:
 * recipient_email must be a valid email address"), when the message is one of
 * the providers' field rules and names one of `fields`.
 */
export function issueFromApiMessage<Field extends string>(
  message: string,
  fields: readonly Field[]
): RecipientIssue<Field> | undefined {
  const match = API_MESSAGE.exec(message.trim())
  if (!match || !(fields as readonly string[]).includes(match[1])) return undefined
  const field = match[1] as Field
  const max = match[3] ? Number(match[3]) : undefined
  const code = max !== undefined ? "too_long" : CODE_BY_WORDING[match[2]]
  return { field, code, ...(max !== undefined ? { max } : {}), message: message.replace(/^[^:]*: /, "") }
}
