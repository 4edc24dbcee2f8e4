import { z } from "@medusajs/framework/zod"
import { GIFT_CLAIM_OUTCOMES } from "../../modules/gifting/models/gift-order"
import { option, type OptionTable } from "./option-table"
import {
  claimDays,
  dayList,
  flag,
  giftyzetCurrencyCode,
  majorAmount,
  oneOf,
  partnerUrl,
  secret,
  templateName,
  timeout,
  wholeNumber,
} from "./value-schemas"

/**
 * Every option of the plugin, defined once: its env var, schema, default and
 * the line the README's options table shows (a unit test keeps that table
 * equal to this one). The types, the env lookup and the validation of the
 * module's and both providers' options all come from here.
 */

/** `a`, `b` or `c`: the values an enum option takes, as its doc line names them. */
function oneOfDoc(values: readonly string[]): string {
  const quoted = values.map((value) => `\`${value}\``)
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`
    : quoted.join("")
}

const giftyzet = {
  baseUrl: option({
    env: "GIFTYZET_BASE_URL",
    schema: partnerUrl,
    default: "https://app.giftyzet.com",
    doc: "Giftyzet origin (the plugin calls `/api/plugin/v1/…` under it)",
  }),
  apiKey: option({
    env: "GIFTYZET_API_KEY",
    schema: secret.optional(),
    secret: true,
    doc: "integration key (`gfty_live_…`); without it Giftyzet is _not configured_",
  }),
  timeoutMs: option({
    env: "GIFTYZET_TIMEOUT_MS",
    schema: timeout,
    default: 10_000,
    doc: "per-request timeout in ms",
  }),
  /** Giftyzet's API has no currency field: a gift is only sent for orders in this one (docs/amounts.md). */
  currency: option({
    env: "GIFTYZET_CURRENCY",
    schema: giftyzetCurrencyCode,
    default: "eur",
    doc: "Giftyzet store currency (ISO 4217, ≤ 2 decimals); see [amounts](docs/amounts.md)",
  }),
  createOn: option({
    env: "GIFTYZET_CREATE_ON",
    schema: oneOf(["placement", "capture"]),
    default: "placement",
    doc: "create the gift at `order.placed` or on `payment.captured` (`capture`)",
  }),
  /**
   * Medusa's store order route shows the order's shipping address to anyone
   * holding the order id, so this is off by default: see docs/privacy.md.
   */
  applyRecipientAddress: option({
    env: "GIFTYZET_APPLY_RECIPIENT_ADDRESS",
    schema: flag,
    default: false,
    doc: "write the confirmed address on the order ([privacy](docs/privacy.md))",
  }),
  claimWindowDays: option({
    env: "GIFTYZET_CLAIM_WINDOW_DAYS",
    schema: claimDays,
    default: 14,
    doc: "days the recipient has to accept, from when the link exists",
  }),
  reminderDays: option({
    env: "GIFTYZET_REMINDER_DAYS",
    schema: dayList,
    default: [3, 10],
    doc: "reminder days inside the window (comma-separated in the env var)",
  }),
  onExpiry: option({
    env: "GIFTYZET_ON_EXPIRY",
    schema: oneOf([...GIFT_CLAIM_OUTCOMES]),
    default: "notify_staff",
    doc: oneOfDoc(GIFT_CLAIM_OUTCOMES),
  }),
}

const ugiftme = {
  baseUrl: option({
    env: "UGIFTME_BASE_URL",
    schema: partnerUrl,
    default: "https://api.ugift.me",
    doc: "UGiftMe origin (`/api/v1/business/…` under it); `https://api-stage.ugift.me` for UGiftMe's staging",
  }),
  apiKey: option({
    env: "UGIFTME_API_KEY",
    schema: secret.optional(),
    secret: true,
    doc: "business API key; without it UGiftMe is _not configured_",
  }),
  webhookSecret: option({
    env: "UGIFTME_WEBHOOK_SECRET",
    schema: secret.optional(),
    secret: true,
    doc: "a secret that signs UGiftMe's webhook deliveries, besides the one registration stores",
  }),
  timeoutMs: option({
    env: "UGIFTME_TIMEOUT_MS",
    schema: timeout,
    default: 10_000,
    doc: "per-request timeout in ms",
  }),
  webhookUrl: option({
    env: "UGIFTME_WEBHOOK_URL",
    schema: partnerUrl.optional(),
    doc: "public URL of `/hooks/gifting/ugiftme`, registered by the admin route",
  }),
  autoFulfill: option({
    env: "UGIFTME_AUTO_FULFILL",
    schema: flag,
    default: true,
    doc: "buy and fulfil vouchers automatically (see `purchaseOn`)",
  }),
  /**
   * With "placement" an authorised but never captured payment (a stolen card,
   * a declined capture) still turns into vouchers that cannot be recalled.
   */
  purchaseOn: option({
    env: "UGIFTME_PURCHASE_ON",
    schema: oneOf(["capture", "placement"]),
    default: "capture",
    doc: "`capture`: on `payment.captured`; `placement`: at `order.placed` (risky)",
  }),
  maxUnitsPerOrder: option({
    env: "UGIFTME_MAX_UNITS_PER_ORDER",
    schema: z.coerce
      .number({ message: "must be a whole number of units" })
      .int({ message: "must be a whole number of units" })
      .min(1, { message: "must be at least 1" })
      .optional(),
    doc: "hold an order with more units for staff to release",
  }),
  maxValuePerOrder: option({
    env: "UGIFTME_MAX_VALUE_PER_ORDER",
    schema: majorAmount.positive({ message: "must be positive" }).optional(),
    doc: "hold an order whose vouchers are worth more (major units)",
  }),
  lowBalanceThreshold: option({
    env: "UGIFTME_LOW_BALANCE_THRESHOLD",
    schema: majorAmount.min(0, { message: "must not be negative" }).optional(),
    doc: "warn (log, event, admin flag) below this balance, in major units",
  }),
}

const notifications = {
  notifyRecipient: option({
    env: "GIFTING_NOTIFY_RECIPIENT",
    schema: flag,
    default: false,
    doc: "send the recipient link to the recipient",
  }),
  emailTemplate: option({
    env: "GIFTING_RECIPIENT_EMAIL_TEMPLATE",
    schema: templateName,
    default: "gifting-recipient-link",
    doc: "template name of the recipient link email",
  }),
  smsTemplate: option({
    env: "GIFTING_RECIPIENT_SMS_TEMPLATE",
    schema: templateName,
    default: "gifting-recipient-link-sms",
    doc: "template name of the recipient link SMS",
  }),
  maxRecipientMessagesPerBuyerPerDay: option({
    env: "GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY",
    schema: z.coerce
      .number({ message: "must be a number of messages" })
      .int({ message: "must be a whole number of messages" })
      .min(0, { message: "must not be negative" })
      .max(10_000, { message: "must be at most 10000" }),
    default: 10,
    doc: "recipient messages per buyer email in 24 hours (0: none)",
  }),
  /** `undefined`: on when the store has a notification provider for `email` (decided where it is used). */
  notifyBuyer: option({
    env: "GIFTING_NOTIFY_BUYER",
    schema: flag.optional(),
    defaultDoc: "on with an `email` provider",
    doc: "remind the buyer and tell them of an expiry or decline",
  }),
  reminderEmailTemplate: option({
    env: "GIFTING_REMINDER_EMAIL_TEMPLATE",
    schema: templateName,
    default: "gifting-recipient-reminder",
    doc: "recipient reminder email",
  }),
  reminderSmsTemplate: option({
    env: "GIFTING_REMINDER_SMS_TEMPLATE",
    schema: templateName,
    default: "gifting-recipient-reminder-sms",
    doc: "recipient reminder SMS",
  }),
  buyerReminderTemplate: option({
    env: "GIFTING_BUYER_REMINDER_TEMPLATE",
    schema: templateName,
    default: "gifting-buyer-reminder",
    doc: "buyer reminder email",
  }),
  buyerOutcomeTemplate: option({
    env: "GIFTING_BUYER_OUTCOME_TEMPLATE",
    schema: templateName,
    default: "gifting-buyer-outcome",
    doc: "buyer email on expiry or decline",
  }),
}

/** How the scheduled jobs treat rows and partners that keep failing (docs/jobs.md). */
const jobs = {
  runBudgetMs: option({
    env: "GIFTING_JOB_RUN_BUDGET_MS",
    schema: wholeNumber("ms", 100, 3_600_000),
    default: 45_000,
    doc: "a job run starts no partner call after this long, in ms ([jobs](docs/jobs.md))",
  }),
  partnerFailureLimit: option({
    env: "GIFTING_PARTNER_FAILURE_LIMIT",
    schema: wholeNumber("failures", 1, 1_000),
    default: 5,
    doc: "connection failures or 5xx in a row before a partner is skipped",
  }),
  partnerCooldownMs: option({
    env: "GIFTING_PARTNER_COOLDOWN_MS",
    schema: wholeNumber("ms", 0, 86_400_000),
    default: 5 * 60_000,
    doc: "how long a failing partner is skipped, in ms",
  }),
  parkAfterFailures: option({
    env: "GIFTING_PARK_AFTER_FAILURES",
    schema: wholeNumber("failures", 1, 1_000),
    default: 10,
    doc: "failed job runs in a row after which a gift or voucher is parked",
  }),
}

/** The module's options, by group: `plugins: [{ resolve: "medusa-plugin-gifting", options }]`. */
export const GIFTING_OPTION_SPECS = { giftyzet, ugiftme, notifications, jobs } satisfies Record<
  string,
  OptionTable
>

/**
 * The "Send as a gift" provider's options. A provider gets only its own
 * options, so it reads the same Giftyzet settings as the module, with the same
 * env vars and rules.
 */
export const GIFTYZET_PROVIDER_OPTION_SPECS = {
  baseUrl: giftyzet.baseUrl,
  apiKey: giftyzet.apiKey,
  timeoutMs: giftyzet.timeoutMs,
  currency: giftyzet.currency,
} satisfies OptionTable

/** The "Digital voucher by email" provider never calls UGiftMe: it has only its option's name. */
export const UGIFTME_PROVIDER_OPTION_SPECS = {
  optionName: option({
    env: "UGIFTME_OPTION_NAME",
    schema: z
      .string({ message: "must be a string" })
      .trim()
      .min(1, { message: "must not be empty" })
      .max(100, { message: "must be at most 100 characters" }),
    default: "Digital voucher by email",
    doc: "name of the voucher provider's fulfillment option",
  }),
} satisfies OptionTable
