import { z } from "@medusajs/framework/zod"
import { currencyDecimals, isKnownCurrency } from "../../lib/gifting/currency"

/**
 * The options a store passes to the plugin in `medusa-config.ts`:
 *
 * ```ts
 * plugins: [{ resolve: "medusa-plugin-gifting", options: { giftyzet: { apiKey: "…" } } }]
 * ```
 *
 * Every partner setting can also come from an environment variable; an option
 * written in the config wins over the variable. A partner without an API key is
 * "not configured": the plugin boots and reports it, it does not crash.
 */
export type GiftingPluginOptions = {
  giftyzet?: {
    /** Giftyzet origin, e.g. `https://app.giftyzet.com`. Env `GIFTYZET_BASE_URL`. */
    baseUrl?: string
    /** Integration API key (`gfty_live_…`). Env `GIFTYZET_API_KEY`. */
    apiKey?: string
    /** Per-request timeout in ms. Env `GIFTYZET_TIMEOUT_MS`. Default 10 000. */
    timeoutMs?: number
    /**
     * When the recipient confirms, copy their name and address onto the
     * order's shipping address. Env `GIFTYZET_APPLY_RECIPIENT_ADDRESS`. Default false.
     */
    applyRecipientAddress?: boolean
    /**
     * The currency of the merchant's Giftyzet store (ISO 4217, e.g. "eur").
     * Giftyzet's API has no currency field: a gift is only sent for orders in
     * this currency, and "Send as a gift" is refused at checkout for carts in
     * another one. Env `GIFTYZET_CURRENCY`. Default "eur". See docs/amounts.md.
     */
    currency?: string
  }
  ugiftme?: {
    /** UGiftMe origin, e.g. `https://api.ugift.me`. Env `UGIFTME_BASE_URL`. */
    baseUrl?: string
    /** Business API key. Env `UGIFTME_API_KEY`. */
    apiKey?: string
    /** Secret that signs webhook deliveries. Env `UGIFTME_WEBHOOK_SECRET`. */
    webhookSecret?: string
    /** Per-request timeout in ms. Env `UGIFTME_TIMEOUT_MS`. Default 10 000. */
    timeoutMs?: number
    /**
     * Public URL of this store's `/hooks/gifting/ugiftme` route, registered with
     * UGiftMe by `POST /admin/gifting/ugiftme/webhook`. Env `UGIFTME_WEBHOOK_URL`.
     */
    webhookUrl?: string
    /**
     * Buy the vouchers of an order and fulfil it right after `order.placed`.
     * Env `UGIFTME_AUTO_FULFILL`. Default true.
     */
    autoFulfill?: boolean
    /**
     * Warn (log and `gifting.ugiftme.wallet_low` event) when a wallet's balance
     * falls below this amount, in major units of that wallet's currency.
     * Env `UGIFTME_LOW_BALANCE_THRESHOLD`. Default: no warning.
     */
    lowBalanceThreshold?: number
  }
  notifications?: {
    /**
     * Send the recipient link to the recipient (email, and SMS when they gave a
     * phone number) right after the Giftyzet order is created, through the
     * store's Medusa notification providers for the `email` and `sms`
     * channels. Env `GIFTING_NOTIFY_RECIPIENT`. Default false: the store
     * leaves sharing the link to the shopper.
     */
    notifyRecipient?: boolean
    /** Template name of the email. Env `GIFTING_RECIPIENT_EMAIL_TEMPLATE`. Default "gifting-recipient-link". */
    emailTemplate?: string
    /** Template name of the SMS. Env `GIFTING_RECIPIENT_SMS_TEMPLATE`. Default "gifting-recipient-link-sms". */
    smsTemplate?: string
  }
}

export const DEFAULT_GIFTYZET_BASE_URL = "https://app.giftyzet.com"
/** Giftyzet is a European service and its API documents EUR amounts. */
export const DEFAULT_GIFTYZET_CURRENCY = "eur"
export const DEFAULT_UGIFTME_BASE_URL = "https://api.ugift.me"
export const DEFAULT_RECIPIENT_EMAIL_TEMPLATE = "gifting-recipient-link"
export const DEFAULT_RECIPIENT_SMS_TEMPLATE = "gifting-recipient-link-sms"
const DEFAULT_TIMEOUT_MS = 10_000

/** Where each setting comes from: its path in the options and its env var. */
const SOURCES = {
  "giftyzet.baseUrl": "GIFTYZET_BASE_URL",
  "giftyzet.apiKey": "GIFTYZET_API_KEY",
  "giftyzet.timeoutMs": "GIFTYZET_TIMEOUT_MS",
  "giftyzet.applyRecipientAddress": "GIFTYZET_APPLY_RECIPIENT_ADDRESS",
  "giftyzet.currency": "GIFTYZET_CURRENCY",
  "ugiftme.baseUrl": "UGIFTME_BASE_URL",
  "ugiftme.apiKey": "UGIFTME_API_KEY",
  "ugiftme.webhookSecret": "UGIFTME_WEBHOOK_SECRET",
  "ugiftme.timeoutMs": "UGIFTME_TIMEOUT_MS",
  "ugiftme.webhookUrl": "UGIFTME_WEBHOOK_URL",
  "ugiftme.autoFulfill": "UGIFTME_AUTO_FULFILL",
  "ugiftme.lowBalanceThreshold": "UGIFTME_LOW_BALANCE_THRESHOLD",
  "notifications.notifyRecipient": "GIFTING_NOTIFY_RECIPIENT",
  "notifications.emailTemplate": "GIFTING_RECIPIENT_EMAIL_TEMPLATE",
  "notifications.smsTemplate": "GIFTING_RECIPIENT_SMS_TEMPLATE",
} as const

type OptionPath = keyof typeof SOURCES

const httpUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return url.protocol === "http:" || url.protocol === "https:"
      } catch {
        return false
      }
    },
    { message: "must be an absolute http(s) URL" }
  )
  .transform((value) => value.replace(/\/+$/, ""))

const secret = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .refine((value) => !/\s/.test(value), { message: "must not contain whitespace" })

const timeout = z.coerce
  .number({ message: "must be a number of milliseconds" })
  .int({ message: "must be a whole number of milliseconds" })
  .min(100, { message: "must be at least 100 ms" })
  .max(120_000, { message: "must be at most 120000 ms" })

const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"])], {
    message: 'must be true or false (env: "true", "false", "1" or "0")',
  })
  .transform((value) => value === true || value === "true" || value === "1")

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

const templateName = z
  .string({ message: "must be a template name" })
  .trim()
  .min(1, { message: "must not be empty" })
  .max(200, { message: "must be at most 200 characters" })

const schema = z.object({
  giftyzet: z.object({
    baseUrl: httpUrl,
    apiKey: secret.optional(),
    timeoutMs: timeout,
    applyRecipientAddress: flag,
    currency: giftyzetCurrencyCode,
  }),
  ugiftme: z.object({
    baseUrl: httpUrl,
    apiKey: secret.optional(),
    webhookSecret: secret.optional(),
    timeoutMs: timeout,
    webhookUrl: httpUrl.optional(),
    autoFulfill: flag,
    lowBalanceThreshold: z.coerce
      .number({ message: "must be an amount in major units" })
      .min(0, { message: "must not be negative" })
      .optional(),
  }),
  notifications: z.object({
    notifyRecipient: flag,
    emailTemplate: templateName,
    smsTemplate: templateName,
  }),
})

export type ResolvedGiftingOptions = z.infer<typeof schema>

/** Thrown at boot when an option is missing or malformed; names the option and its env var. */
export class GiftingOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(`medusa-plugin-gifting: invalid options:\n  - ${problems.join("\n  - ")}`)
    this.name = "GiftingOptionsError"
  }
}

function pick(value: unknown, env: NodeJS.ProcessEnv, path: OptionPath): unknown {
  if (value !== undefined && value !== null && value !== "") {
    return value
  }
  const fromEnv = env[SOURCES[path]]
  return fromEnv === undefined || fromEnv === "" ? undefined : fromEnv
}

function describe(path: string): string {
  const envVar = (SOURCES as Record<string, string>)[path]
  return envVar ? `option "${path}" (env ${envVar})` : `option "${path}"`
}

/**
 * Merges plugin options with env vars, applies defaults and validates the
 * result once. Secrets are never echoed in the error messages.
 */
export function resolveGiftingOptions(
  raw: GiftingPluginOptions | undefined,
  env: NodeJS.ProcessEnv = process.env
): ResolvedGiftingOptions {
  const options = raw ?? {}
  const giftyzet = options.giftyzet ?? {}
  const ugiftme = options.ugiftme ?? {}
  const notifications = options.notifications ?? {}
  const candidate = {
    giftyzet: {
      baseUrl: pick(giftyzet.baseUrl, env, "giftyzet.baseUrl") ?? DEFAULT_GIFTYZET_BASE_URL,
      apiKey: pick(giftyzet.apiKey, env, "giftyzet.apiKey"),
      timeoutMs: pick(giftyzet.timeoutMs, env, "giftyzet.timeoutMs") ?? DEFAULT_TIMEOUT_MS,
      applyRecipientAddress:
        pick(giftyzet.applyRecipientAddress, env, "giftyzet.applyRecipientAddress") ?? false,
      currency: pick(giftyzet.currency, env, "giftyzet.currency") ?? DEFAULT_GIFTYZET_CURRENCY,
    },
    ugiftme: {
      baseUrl: pick(ugiftme.baseUrl, env, "ugiftme.baseUrl") ?? DEFAULT_UGIFTME_BASE_URL,
      apiKey: pick(ugiftme.apiKey, env, "ugiftme.apiKey"),
      webhookSecret: pick(ugiftme.webhookSecret, env, "ugiftme.webhookSecret"),
      timeoutMs: pick(ugiftme.timeoutMs, env, "ugiftme.timeoutMs") ?? DEFAULT_TIMEOUT_MS,
      webhookUrl: pick(ugiftme.webhookUrl, env, "ugiftme.webhookUrl"),
      autoFulfill: pick(ugiftme.autoFulfill, env, "ugiftme.autoFulfill") ?? true,
      lowBalanceThreshold: pick(ugiftme.lowBalanceThreshold, env, "ugiftme.lowBalanceThreshold"),
    },
    notifications: {
      notifyRecipient: pick(notifications.notifyRecipient, env, "notifications.notifyRecipient") ?? false,
      emailTemplate:
        pick(notifications.emailTemplate, env, "notifications.emailTemplate") ??
        DEFAULT_RECIPIENT_EMAIL_TEMPLATE,
      smsTemplate:
        pick(notifications.smsTemplate, env, "notifications.smsTemplate") ?? DEFAULT_RECIPIENT_SMS_TEMPLATE,
    },
  }
  const result = schema.safeParse(candidate)
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join(".")
    const isSecret = path.endsWith("apiKey") || path.endsWith("webhookSecret")
    const got = isSecret ? "" : `, got ${JSON.stringify(valueAt(candidate, issue.path))}`
    return `${describe(path)} ${issue.message}${got}`
  })
  throw new GiftingOptionsError(problems)
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let current: unknown = root
  for (const key of path) {
    if (current === null || typeof current !== "object") {
      return undefined
    }
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
