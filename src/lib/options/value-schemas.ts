import { z } from "@medusajs/framework/zod"
import { currencyDecimals, isKnownCurrency } from "../gifting/currency"
import { httpsOnlyProblem } from "../http/https-only"

/** The value kinds the plugin's options are made of; each message says what was expected. */

/** `https:`, or `http:` to a loopback or private host only (see `httpsOnlyProblem`); no trailing slash. */
export const partnerUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = httpsOnlyProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
  .transform((value) => value.replace(/\/+$/, ""))

export const secret = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .refine((value) => !/\s/.test(value), { message: "must not contain whitespace" })

/** `true`/`false` in the config; `"true"`, `"false"`, `"1"` or `"0"` in the env. */
export const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"])], {
    message: 'must be true or false (env: "true", "false", "1" or "0")',
  })
  .transform((value) => value === true || value === "true" || value === "1")

export const oneOf = <T extends [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.map((value) => `"${value}"`).join(", ")}` })

/**
 * An ISO 4217 code Giftyzet can store exactly: it keeps amounts with two
 * decimals, so a three-decimal currency (KWD, BHD…) would lose its last digit.
 * Lower-cased, as Medusa writes currency codes.
 */
export const giftyzetCurrencyCode = z
  .string({ message: "must be an ISO 4217 currency code" })
  .trim()
  .toLowerCase()
  .refine((value) => /^[a-z]{3}$/.test(value) && isKnownCurrency(value), {
    message: 'must be an ISO 4217 currency code such as "eur"',
  })
  .refine((value) => currencyDecimals(value) <= 2, {
    message: "must be a currency with at most 2 decimals (Giftyzet stores amounts with 2 decimals)",
  })

export const templateName = z
  .string({ message: "must be a template name" })
  .trim()
  .min(1, { message: "must not be empty" })
  .max(200, { message: "must be at most 200 characters" })

/** A whole number of `unit` within bounds; `bound` words a bound in the messages (e.g. "100 ms"). */
export const wholeNumber = (unit: string, min: number, max: number, bound = (value: number) => `${value}`) =>
  z.coerce
    .number({ message: `must be a number of ${unit}` })
    .int({ message: `must be a whole number of ${unit}` })
    .min(min, { message: `must be at least ${bound(min)}` })
    .max(max, { message: `must be at most ${bound(max)}` })

export const timeout = wholeNumber("milliseconds", 100, 120_000, (value) => `${value} ms`)

export const claimDays = wholeNumber("days", 1, 365, (value) => (value === 1 ? "1 day" : `${value} days`))

/** A list of days (comma-separated in the env), deduplicated and sorted. */
export const dayList = z
  .union([z.array(z.unknown()), z.string()], { message: "must be a list of days, e.g. [3, 10]" })
  .transform((value) =>
    typeof value === "string"
      ? value
          .split(",")
          .map((part) => part.trim())
          .filter((part) => part !== "")
      : value
  )
  .pipe(z.array(claimDays).max(10, { message: "must list at most 10 days" }))
  .transform((days) => [...new Set(days)].sort((a, b) => a - b))

/** An amount in major units of a currency (e.g. 49.5). */
export const majorAmount = z.coerce.number({ message: "must be an amount in major units" })
