import { z } from "@medusajs/framework/zod"
import { currencyDecimals, isKnownCurrency } from "../../lib/gifting/currency"
import { httpsOnlyProblem } from "../../lib/http/https-only"

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
     * When the recipient confirms, replace the order's shipping address with
     * their name, phone and free-text address (the buyer's city, postcode,
     * province, country and company are cleared). Medusa's store order route
     * then shows that address to anyone holding the order id: see
     * docs/privacy.md. Env `GIFTYZET_APPLY_RECIPIENT_ADDRESS`. Default false.
     */
    applyRecipientAddress?: boolean
    /**
     * Days the recipient has to accept a gift, counted from when it is on
     * Giftyzet with its link. Env `GIFTYZET_CLAIM_WINDOW_DAYS`. Default 14.
     */
    claimWindowDays?: number
    /**
     * Days after the start of the window on which a pending gift is reminded
     * (recipient and buyer). Env `GIFTYZET_REMINDER_DAYS` (comma-separated).
     * Default [3, 10]; each must fall inside the window.
     */
    reminderDays?: number[]
    /**
     * What happens to a gift that expired or was declined: `notify_staff`
     * (mark it and let staff act), `ship_to_buyer` (deliver to the order's
     * shipping address) or `cancel_and_refund` (cancel the order, refund what
     * was captured). Env `GIFTYZET_ON_EXPIRY`. Default `notify_staff`.
     */
    onExpiry?: "notify_staff" | "ship_to_buyer" | "cancel_and_refund"
    /**
     * When the Giftyzet order is created: at `order.placed` ("placement",
     * the default: the merchant needs the recipient's address before shipping
     * and usually captures at shipping) or once the order's payment is
     * captured ("capture"). Env `GIFTYZET_CREATE_ON`.
     */
    createOn?: "placement" | "capture"
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
     * When auto-fulfilment buys the vouchers: once the order's payment is
     * captured ("capture", the default) or right at `order.placed`
     * ("placement"). With "placement" an authorised but never captured
     * payment — a stolen card, a declined capture — still turns into vouchers
     * that cannot be recalled. Staff can always buy through the fulfil route.
     * Env `UGIFTME_PURCHASE_ON`.
     */
    purchaseOn?: "capture" | "placement"
    /**
     * Hold for staff an order with more voucher units than this (staff release
     * it). Env `UGIFTME_MAX_UNITS_PER_ORDER`. Default: no limit.
     */
    maxUnitsPerOrder?: number
    /**
     * Hold for staff an order whose vouchers' face values add up to more than
     * this, in major units of the order's currency. Env
     * `UGIFTME_MAX_VALUE_PER_ORDER`. Default: no limit.
     */
    maxValuePerOrder?: number
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
    /**
     * At most this many recipient-link messages (emails and SMS together) are
     * sent for the orders of one buyer email in any 24 hours; the rest are
     * skipped and logged. 0 sends none. Env
     * `GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY`. Default 10.
     */
    maxRecipientMessagesPerBuyerPerDay?: number
    /**
     * Tell the buyer, on the order's email, when their gift has not been
     * accepted yet (with the link to share again) and what happened when it
     * expired or was declined. Env `GIFTING_NOTIFY_BUYER`. Default: on when
     * the store has a notification provider for `email`.
     */
    notifyBuyer?: boolean
    /** Recipient reminder email. Env `GIFTING_REMINDER_EMAIL_TEMPLATE`. Default "gifting-recipient-reminder". */
    reminderEmailTemplate?: string
    /** Recipient reminder SMS. Env `GIFTING_REMINDER_SMS_TEMPLATE`. Default "gifting-recipient-reminder-sms". */
    reminderSmsTemplate?: string
    /** Buyer reminder email. Env `GIFTING_BUYER_REMINDER_TEMPLATE`. Default "gifting-buyer-reminder". */
    buyerReminderTemplate?: string
    /** Buyer email on expiry or decline. Env `GIFTING_BUYER_OUTCOME_TEMPLATE`. Default "gifting-buyer-outcome". */
    buyerOutcomeTemplate?: string
  }
  /** How the scheduled jobs treat rows and partners that keep failing. See docs/jobs.md. */
  jobs?: {
    /**
     * A job run starts no new partner call after this many ms; what it did not
     * reach stays due for the next run. Env `GIFTING_JOB_RUN_BUDGET_MS`. Default 45 000.
     */
    runBudgetMs?: number
    /**
     * After this many connection failures or 5xx answers in a row from one
     * partner, the jobs skip that partner for `partnerCooldownMs`. Env
     * `GIFTING_PARTNER_FAILURE_LIMIT`. Default 5.
     */
    partnerFailureLimit?: number
    /** How long a failing partner is skipped. Env `GIFTING_PARTNER_COOLDOWN_MS`. Default 300 000. */
    partnerCooldownMs?: number
    /**
     * A gift or voucher unit whose job runs failed this many times in a row is
     * parked for staff. Env `GIFTING_PARK_AFTER_FAILURES`. Default 10.
     */
    parkAfterFailures?: number
  }
}

export const DEFAULT_GIFTYZET_BASE_URL = "https://app.giftyzet.com"
/** Giftyzet is a European service and its API documents EUR amounts. */
export const DEFAULT_GIFTYZET_CURRENCY = "eur"
export const DEFAULT_UGIFTME_BASE_URL = "https://api.ugift.me"
export const DEFAULT_RECIPIENT_EMAIL_TEMPLATE = "gifting-recipient-link"
export const DEFAULT_RECIPIENT_SMS_TEMPLATE = "gifting-recipient-link-sms"
export const DEFAULT_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY = 10
export const DEFAULT_REMINDER_EMAIL_TEMPLATE = "gifting-recipient-reminder"
export const DEFAULT_REMINDER_SMS_TEMPLATE = "gifting-recipient-reminder-sms"
export const DEFAULT_BUYER_REMINDER_TEMPLATE = "gifting-buyer-reminder"
export const DEFAULT_BUYER_OUTCOME_TEMPLATE = "gifting-buyer-outcome"
export const DEFAULT_CLAIM_WINDOW_DAYS = 14
export const DEFAULT_REMINDER_DAYS = [3, 10]
export const ON_EXPIRY_ACTIONS = ["notify_staff", "ship_to_buyer", "cancel_and_refund"] as const
const DEFAULT_TIMEOUT_MS = 10_000
export const DEFAULT_JOB_RUN_BUDGET_MS = 45_000
export const DEFAULT_PARTNER_FAILURE_LIMIT = 5
export const DEFAULT_PARTNER_COOLDOWN_MS = 5 * 60_000
export const DEFAULT_PARK_AFTER_FAILURES = 10

/** Where each setting comes from: its path in the options and its env var. */
const SOURCES = {
  "giftyzet.baseUrl": "GIFTYZET_BASE_URL",
  "giftyzet.apiKey": "GIFTYZET_API_KEY",
  "giftyzet.timeoutMs": "GIFTYZET_TIMEOUT_MS",
  "giftyzet.applyRecipientAddress": "GIFTYZET_APPLY_RECIPIENT_ADDRESS",
  "giftyzet.claimWindowDays": "GIFTYZET_CLAIM_WINDOW_DAYS",
  "giftyzet.reminderDays": "GIFTYZET_REMINDER_DAYS",
  "giftyzet.onExpiry": "GIFTYZET_ON_EXPIRY",
  "giftyzet.createOn": "GIFTYZET_CREATE_ON",
  "giftyzet.currency": "GIFTYZET_CURRENCY",
  "ugiftme.baseUrl": "UGIFTME_BASE_URL",
  "ugiftme.apiKey": "UGIFTME_API_KEY",
  "ugiftme.webhookSecret": "UGIFTME_WEBHOOK_SECRET",
  "ugiftme.timeoutMs": "UGIFTME_TIMEOUT_MS",
  "ugiftme.webhookUrl": "UGIFTME_WEBHOOK_URL",
  "ugiftme.autoFulfill": "UGIFTME_AUTO_FULFILL",
  "ugiftme.purchaseOn": "UGIFTME_PURCHASE_ON",
  "ugiftme.maxUnitsPerOrder": "UGIFTME_MAX_UNITS_PER_ORDER",
  "ugiftme.maxValuePerOrder": "UGIFTME_MAX_VALUE_PER_ORDER",
  "ugiftme.lowBalanceThreshold": "UGIFTME_LOW_BALANCE_THRESHOLD",
  "notifications.notifyRecipient": "GIFTING_NOTIFY_RECIPIENT",
  "notifications.emailTemplate": "GIFTING_RECIPIENT_EMAIL_TEMPLATE",
  "notifications.smsTemplate": "GIFTING_RECIPIENT_SMS_TEMPLATE",
  "notifications.maxRecipientMessagesPerBuyerPerDay": "GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY",
  "notifications.notifyBuyer": "GIFTING_NOTIFY_BUYER",
  "notifications.reminderEmailTemplate": "GIFTING_REMINDER_EMAIL_TEMPLATE",
  "notifications.reminderSmsTemplate": "GIFTING_REMINDER_SMS_TEMPLATE",
  "notifications.buyerReminderTemplate": "GIFTING_BUYER_REMINDER_TEMPLATE",
  "notifications.buyerOutcomeTemplate": "GIFTING_BUYER_OUTCOME_TEMPLATE",
  "jobs.runBudgetMs": "GIFTING_JOB_RUN_BUDGET_MS",
  "jobs.partnerFailureLimit": "GIFTING_PARTNER_FAILURE_LIMIT",
  "jobs.partnerCooldownMs": "GIFTING_PARTNER_COOLDOWN_MS",
  "jobs.parkAfterFailures": "GIFTING_PARK_AFTER_FAILURES",
} as const

type OptionPath = keyof typeof SOURCES

/** `https:`, or `http:` to a loopback or private host only (see `httpsOnlyProblem`). */
const partnerUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = httpsOnlyProblem(value)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
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

const trigger = <T extends [string, ...string[]]>(values: T) =>
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

const templateName = z
  .string({ message: "must be a template name" })
  .trim()
  .min(1, { message: "must not be empty" })
  .max(200, { message: "must be at most 200 characters" })

const claimDays = z.coerce
  .number({ message: "must be a number of days" })
  .int({ message: "must be a whole number of days" })
  .min(1, { message: "must be at least 1 day" })
  .max(365, { message: "must be at most 365 days" })

const reminderDays = z
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

const wholeNumber = (unit: string, min: number, max: number) =>
  z.coerce
    .number({ message: `must be a number of ${unit}` })
    .int({ message: `must be a whole number of ${unit}` })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` })

const schema = z.object({
  giftyzet: z
    .object({
      baseUrl: partnerUrl,
      apiKey: secret.optional(),
      timeoutMs: timeout,
      applyRecipientAddress: flag,
      claimWindowDays: claimDays,
      reminderDays,
      createOn: trigger(["placement", "capture"]),
      currency: giftyzetCurrencyCode,
      onExpiry: z.enum([...ON_EXPIRY_ACTIONS], {
        message: `must be one of ${ON_EXPIRY_ACTIONS.join(", ")}`,
      }),
    })
    .superRefine((value, ctx) => {
      if (value.reminderDays.some((day) => day >= value.claimWindowDays)) {
        ctx.addIssue({
          code: "custom",
          path: ["reminderDays"],
          message: `must all be fewer days than the claim window (${value.claimWindowDays})`,
        })
      }
    }),
  ugiftme: z.object({
    baseUrl: partnerUrl,
    apiKey: secret.optional(),
    webhookSecret: secret.optional(),
    timeoutMs: timeout,
    webhookUrl: partnerUrl.optional(),
    autoFulfill: flag,
    purchaseOn: trigger(["capture", "placement"]),
    maxUnitsPerOrder: z.coerce
      .number({ message: "must be a whole number of units" })
      .int({ message: "must be a whole number of units" })
      .min(1, { message: "must be at least 1" })
      .optional(),
    maxValuePerOrder: z.coerce
      .number({ message: "must be an amount in major units" })
      .positive({ message: "must be positive" })
      .optional(),
    lowBalanceThreshold: z.coerce
      .number({ message: "must be an amount in major units" })
      .min(0, { message: "must not be negative" })
      .optional(),
  }),
  notifications: z.object({
    notifyRecipient: flag,
    emailTemplate: templateName,
    smsTemplate: templateName,
    maxRecipientMessagesPerBuyerPerDay: z.coerce
      .number({ message: "must be a number of messages" })
      .int({ message: "must be a whole number of messages" })
      .min(0, { message: "must not be negative" })
      .max(10_000, { message: "must be at most 10000" }),
    /** `undefined`: on when the store has a notification provider for `email` (decided where it is used). */
    notifyBuyer: flag.optional(),
    reminderEmailTemplate: templateName,
    reminderSmsTemplate: templateName,
    buyerReminderTemplate: templateName,
    buyerOutcomeTemplate: templateName,
  }),
  jobs: z.object({
    runBudgetMs: wholeNumber("ms", 100, 3_600_000),
    partnerFailureLimit: wholeNumber("failures", 1, 1_000),
    partnerCooldownMs: wholeNumber("ms", 0, 86_400_000),
    parkAfterFailures: wholeNumber("failures", 1, 1_000),
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
  const jobs = options.jobs ?? {}
  const candidate = {
    giftyzet: {
      baseUrl: pick(giftyzet.baseUrl, env, "giftyzet.baseUrl") ?? DEFAULT_GIFTYZET_BASE_URL,
      apiKey: pick(giftyzet.apiKey, env, "giftyzet.apiKey"),
      timeoutMs: pick(giftyzet.timeoutMs, env, "giftyzet.timeoutMs") ?? DEFAULT_TIMEOUT_MS,
      applyRecipientAddress:
        pick(giftyzet.applyRecipientAddress, env, "giftyzet.applyRecipientAddress") ?? false,
      claimWindowDays:
        pick(giftyzet.claimWindowDays, env, "giftyzet.claimWindowDays") ?? DEFAULT_CLAIM_WINDOW_DAYS,
      reminderDays: pick(giftyzet.reminderDays, env, "giftyzet.reminderDays") ?? DEFAULT_REMINDER_DAYS,
      onExpiry: pick(giftyzet.onExpiry, env, "giftyzet.onExpiry") ?? "notify_staff",
      createOn: pick(giftyzet.createOn, env, "giftyzet.createOn") ?? "placement",
      currency: pick(giftyzet.currency, env, "giftyzet.currency") ?? DEFAULT_GIFTYZET_CURRENCY,
    },
    ugiftme: {
      baseUrl: pick(ugiftme.baseUrl, env, "ugiftme.baseUrl") ?? DEFAULT_UGIFTME_BASE_URL,
      apiKey: pick(ugiftme.apiKey, env, "ugiftme.apiKey"),
      webhookSecret: pick(ugiftme.webhookSecret, env, "ugiftme.webhookSecret"),
      timeoutMs: pick(ugiftme.timeoutMs, env, "ugiftme.timeoutMs") ?? DEFAULT_TIMEOUT_MS,
      webhookUrl: pick(ugiftme.webhookUrl, env, "ugiftme.webhookUrl"),
      autoFulfill: pick(ugiftme.autoFulfill, env, "ugiftme.autoFulfill") ?? true,
      purchaseOn: pick(ugiftme.purchaseOn, env, "ugiftme.purchaseOn") ?? "capture",
      maxUnitsPerOrder: pick(ugiftme.maxUnitsPerOrder, env, "ugiftme.maxUnitsPerOrder"),
      maxValuePerOrder: pick(ugiftme.maxValuePerOrder, env, "ugiftme.maxValuePerOrder"),
      lowBalanceThreshold: pick(ugiftme.lowBalanceThreshold, env, "ugiftme.lowBalanceThreshold"),
    },
    notifications: {
      notifyRecipient: pick(notifications.notifyRecipient, env, "notifications.notifyRecipient") ?? false,
      emailTemplate:
        pick(notifications.emailTemplate, env, "notifications.emailTemplate") ??
        DEFAULT_RECIPIENT_EMAIL_TEMPLATE,
      smsTemplate:
        pick(notifications.smsTemplate, env, "notifications.smsTemplate") ?? DEFAULT_RECIPIENT_SMS_TEMPLATE,
      maxRecipientMessagesPerBuyerPerDay:
        pick(
          notifications.maxRecipientMessagesPerBuyerPerDay,
          env,
          "notifications.maxRecipientMessagesPerBuyerPerDay"
        ) ?? DEFAULT_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY,
      notifyBuyer: pick(notifications.notifyBuyer, env, "notifications.notifyBuyer"),
      reminderEmailTemplate:
        pick(notifications.reminderEmailTemplate, env, "notifications.reminderEmailTemplate") ??
        DEFAULT_REMINDER_EMAIL_TEMPLATE,
      reminderSmsTemplate:
        pick(notifications.reminderSmsTemplate, env, "notifications.reminderSmsTemplate") ??
        DEFAULT_REMINDER_SMS_TEMPLATE,
      buyerReminderTemplate:
        pick(notifications.buyerReminderTemplate, env, "notifications.buyerReminderTemplate") ??
        DEFAULT_BUYER_REMINDER_TEMPLATE,
      buyerOutcomeTemplate:
        pick(notifications.buyerOutcomeTemplate, env, "notifications.buyerOutcomeTemplate") ??
        DEFAULT_BUYER_OUTCOME_TEMPLATE,
    },
    jobs: {
      runBudgetMs: pick(jobs.runBudgetMs, env, "jobs.runBudgetMs") ?? DEFAULT_JOB_RUN_BUDGET_MS,
      partnerFailureLimit:
        pick(jobs.partnerFailureLimit, env, "jobs.partnerFailureLimit") ?? DEFAULT_PARTNER_FAILURE_LIMIT,
      partnerCooldownMs:
        pick(jobs.partnerCooldownMs, env, "jobs.partnerCooldownMs") ?? DEFAULT_PARTNER_COOLDOWN_MS,
      parkAfterFailures:
        pick(jobs.parkAfterFailures, env, "jobs.parkAfterFailures") ?? DEFAULT_PARK_AFTER_FAILURES,
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
