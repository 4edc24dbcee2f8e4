/**
 * What can be wrong with a recipient field, as a code a storefront can
 * translate: the same codes for the gift and the voucher recipient.
 */
export type RecipientErrorCode = "required" | "not_text" | "too_long" | "invalid_email" | "invalid_phone"

/** One invalid field: its code, the rule's limit where it has one, and the API's wording. */
export type RecipientIssue<Field extends string = string> = {
  field: Field
  code: RecipientErrorCode
  /** The longest value the field takes (with `too_long`). */
  max?: number
  /** The message as the store's API words it (the same text the server answers with). */
  message: string
}

/** The outcome of checking a recipient in the browser with the server's own rules. */
export type RecipientValidation<Field extends string, Data> =
  | { success: true; data: Data }
  | {
      success: false
      /** One API-worded message per invalid field. */
      errors: Partial<Record<Field, string>>
      /** Every invalid field with its code, in the order the form shows them. */
      issues: RecipientIssue<Field>[]
      /** The first problem, worded as the store's API would answer it. */
      message: string
    }

/** A field's check: its normalised value, or why it is invalid. */
export type FieldCheck = {
  value?: string
  issue?: { code: RecipientErrorCode; max?: number; message: string }
}

/** Collects the failed checks of a form, in field order, into a validation result. */
export function collectIssues<Field extends string>(
  fields: readonly Field[],
  checks: Record<Field, FieldCheck>
): RecipientIssue<Field>[] {
  const issues: RecipientIssue<Field>[] = []
  for (const field of fields) {
    const issue = checks[field].issue
    if (issue) issues.push({ field, ...issue })
  }
  return issues
}

/** The failure result for a non-empty list of issues. */
export function failedValidation<Field extends string, Data>(
  issues: RecipientIssue<Field>[]
): RecipientValidation<Field, Data> {
  const errors: Partial<Record<Field, string>> = {}
  for (const issue of issues) errors[issue.field] = issue.message
  return { success: false, errors, issues, message: issues[0].message }
}
