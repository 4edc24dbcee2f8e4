import { GiftingOptionsError, resolveGiftingOptions } from "../options"
import { describePartners } from "../partner-status"

const noEnv = {} as NodeJS.ProcessEnv

function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof GiftingOptionsError) {
      return error.problems
    }
    throw error
  }
  throw new Error("expected the options to be rejected")
}

describe("resolveGiftingOptions", () => {
  it("boots with no options at all: partners fall back to defaults and are not configured", () => {
    const options = resolveGiftingOptions(undefined, noEnv)

    expect(options.giftyzet).toMatchObject({
      baseUrl: "https://app.giftyzet.com",
      apiKey: undefined,
      timeoutMs: 10_000,
      applyRecipientAddress: false,
      createOn: "placement",
      currency: "eur",
    })
    expect(options.ugiftme.baseUrl).toBe("https://api.ugift.me")
    expect(describePartners(options).giftyzet.configured).toBe(false)
    expect(describePartners(options).ugiftme.configured).toBe(false)
  })

  it("reads every setting from its env var", () => {
    const options = resolveGiftingOptions(undefined, {
      GIFTYZET_BASE_URL: "http://127.0.0.1:4010/",
      GIFTYZET_API_KEY: "gfty_live_abc",
      GIFTYZET_TIMEOUT_MS: "2500",
      GIFTYZET_APPLY_RECIPIENT_ADDRESS: "true",
      GIFTYZET_CURRENCY: "GBP",
      UGIFTME_BASE_URL: "https://api-stage.ugift.me",
      UGIFTME_API_KEY: "5f0c2f7e-1111-4222-8333-944455556666",
      UGIFTME_WEBHOOK_SECRET: "whsec",
    } as NodeJS.ProcessEnv)

    expect(options.giftyzet).toMatchObject({
      baseUrl: "http://127.0.0.1:4010",
      apiKey: "gfty_live_abc",
      timeoutMs: 2500,
      applyRecipientAddress: true,
      createOn: "placement",
      currency: "gbp",
    })
    expect(options.ugiftme).toEqual({
      baseUrl: "https://api-stage.ugift.me",
      apiKey: "5f0c2f7e-1111-4222-8333-944455556666",
      webhookSecret: "whsec",
      timeoutMs: 10_000,
      webhookUrl: undefined,
      autoFulfill: true,
      purchaseOn: "capture",
      maxUnitsPerOrder: undefined,
      maxValuePerOrder: undefined,
      lowBalanceThreshold: undefined,
    })
  })

  it("reads the purchase and creation triggers and the voucher limits, and names a bad one", () => {
    const options = resolveGiftingOptions(undefined, {
      GIFTYZET_CREATE_ON: "capture",
      UGIFTME_PURCHASE_ON: "placement",
      UGIFTME_MAX_UNITS_PER_ORDER: "3",
      UGIFTME_MAX_VALUE_PER_ORDER: "99.5",
    } as NodeJS.ProcessEnv)
    const problems = problemsOf(() =>
      resolveGiftingOptions(
        { ugiftme: { purchaseOn: "shipment" as "capture", maxUnitsPerOrder: 1.5, maxValuePerOrder: 0 } },
        noEnv
      )
    )

    expect(options.giftyzet.createOn).toBe("capture")
    expect(options.ugiftme).toMatchObject({
      purchaseOn: "placement",
      maxUnitsPerOrder: 3,
      maxValuePerOrder: 99.5,
    })
    expect(problems).toEqual([
      'option "ugiftme.purchaseOn" (env UGIFTME_PURCHASE_ON) must be one of "capture", "placement", got "shipment"',
      'option "ugiftme.maxUnitsPerOrder" (env UGIFTME_MAX_UNITS_PER_ORDER) must be a whole number of units, got 1.5',
      'option "ugiftme.maxValuePerOrder" (env UGIFTME_MAX_VALUE_PER_ORDER) must be positive, got 0',
    ])
  })

  it("prefers an option written in the config over the env var", () => {
    const options = resolveGiftingOptions(
      { giftyzet: { baseUrl: "https://giftyzet.example", apiKey: "from-config" } },
      { GIFTYZET_BASE_URL: "https://env.example", GIFTYZET_API_KEY: "from-env" } as NodeJS.ProcessEnv
    )

    expect(options.giftyzet.baseUrl).toBe("https://giftyzet.example")
    expect(options.giftyzet.apiKey).toBe("from-config")
  })

  it("names the option and its env var when a base URL is malformed", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions(undefined, { GIFTYZET_BASE_URL: "notaurl" } as NodeJS.ProcessEnv)
    )

    expect(problems).toEqual([
      'option "giftyzet.baseUrl" (env GIFTYZET_BASE_URL) must be an absolute https URL, got "notaurl"',
    ])
  })

  it("fails on plain http to a public host for every partner URL, naming each option", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions({ ugiftme: { webhookUrl: "http://shop.example/hooks/gifting/ugiftme" } }, {
        GIFTYZET_BASE_URL: "http://app.giftyzet.com",
        UGIFTME_BASE_URL: "http://api.ugift.me",
      } as NodeJS.ProcessEnv)
    )

    const https = "must use https (plain http is allowed only for loopback and private hosts)"
    expect(problems).toEqual([
      `option "giftyzet.baseUrl" (env GIFTYZET_BASE_URL) ${https}, got "http://app.giftyzet.com"`,
      `option "ugiftme.baseUrl" (env UGIFTME_BASE_URL) ${https}, got "http://api.ugift.me"`,
      `option "ugiftme.webhookUrl" (env UGIFTME_WEBHOOK_URL) ${https}, got "http://shop.example/hooks/gifting/ugiftme"`,
    ])
  })

  it("allows plain http to loopback and private hosts, where the sandboxes and a local store run", () => {
    const options = resolveGiftingOptions(undefined, {
      GIFTYZET_BASE_URL: "http://localhost:4010",
      UGIFTME_BASE_URL: "http://[::1]:4020",
      UGIFTME_WEBHOOK_URL: "http://192.168.1.20:9000/hooks/gifting/ugiftme",
    } as NodeJS.ProcessEnv)

    expect(options.giftyzet.baseUrl).toBe("http://localhost:4010")
    expect(options.ugiftme.baseUrl).toBe("http://[::1]:4020")
    expect(options.ugiftme.webhookUrl).toBe("http://192.168.1.20:9000/hooks/gifting/ugiftme")
  })

  it("names the option of a flag that is neither true nor false", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions(undefined, { GIFTYZET_APPLY_RECIPIENT_ADDRESS: "yes" } as NodeJS.ProcessEnv)
    )

    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(
      'option "giftyzet.applyRecipientAddress" (env GIFTYZET_APPLY_RECIPIENT_ADDRESS)'
    )
  })

  it("rejects non-http schemes and bad timeouts, reporting each problem", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions({ ugiftme: { baseUrl: "ftp://files.example", timeoutMs: 5 } }, noEnv)
    )

    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('option "ugiftme.baseUrl" (env UGIFTME_BASE_URL)')
    expect(problems[1]).toContain(
      'option "ugiftme.timeoutMs" (env UGIFTME_TIMEOUT_MS) must be at least 100 ms'
    )
  })

  it("never echoes a secret in the error message", () => {
    const error = (() => {
      try {
        resolveGiftingOptions(undefined, { UGIFTME_API_KEY: "secret value with spaces" } as NodeJS.ProcessEnv)
      } catch (caught) {
        return caught as Error
      }
      throw new Error("expected a failure")
    })()

    expect(error.message).toContain(
      'option "ugiftme.apiKey" (env UGIFTME_API_KEY) must not contain whitespace'
    )
    expect(error.message).not.toContain("secret value")
  })
})

describe("resolveGiftingOptions: UGiftMe voucher settings", () => {
  it("fulfils vouchers automatically and has no webhook URL or low-balance warning by default", () => {
    const options = resolveGiftingOptions(undefined, noEnv)

    expect(options.ugiftme.autoFulfill).toBe(true)
    expect(options.ugiftme.webhookUrl).toBeUndefined()
    expect(options.ugiftme.lowBalanceThreshold).toBeUndefined()
  })

  it("reads the webhook URL, auto-fulfil flag and low-balance threshold from their env vars", () => {
    const options = resolveGiftingOptions(undefined, {
      UGIFTME_WEBHOOK_URL: "https://shop.example/hooks/gifting/ugiftme/",
      UGIFTME_AUTO_FULFILL: "0",
      UGIFTME_LOW_BALANCE_THRESHOLD: "150.5",
    } as NodeJS.ProcessEnv)

    expect(options.ugiftme.webhookUrl).toBe("https://shop.example/hooks/gifting/ugiftme")
    expect(options.ugiftme.autoFulfill).toBe(false)
    expect(options.ugiftme.lowBalanceThreshold).toBe(150.5)
  })

  it("prefers the config's values, including an explicit autoFulfill false over the env var", () => {
    const options = resolveGiftingOptions(
      { ugiftme: { autoFulfill: false, lowBalanceThreshold: 20, webhookUrl: "https://a.example/h" } },
      {
        UGIFTME_AUTO_FULFILL: "true",
        UGIFTME_LOW_BALANCE_THRESHOLD: "99",
        UGIFTME_WEBHOOK_URL: "https://b.example/h",
      } as NodeJS.ProcessEnv
    )

    expect(options.ugiftme.autoFulfill).toBe(false)
    expect(options.ugiftme.lowBalanceThreshold).toBe(20)
    expect(options.ugiftme.webhookUrl).toBe("https://a.example/h")
  })

  it("names the option and env var of a malformed webhook URL, flag or threshold", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions(undefined, {
        UGIFTME_WEBHOOK_URL: "shop.example/hooks",
        UGIFTME_AUTO_FULFILL: "sometimes",
        UGIFTME_LOW_BALANCE_THRESHOLD: "-5",
      } as NodeJS.ProcessEnv)
    )

    expect(problems).toEqual([
      'option "ugiftme.webhookUrl" (env UGIFTME_WEBHOOK_URL) must be an absolute https URL, got "shop.example/hooks"',
      expect.stringContaining(
        'option "ugiftme.autoFulfill" (env UGIFTME_AUTO_FULFILL) must be true or false'
      ),
      'option "ugiftme.lowBalanceThreshold" (env UGIFTME_LOW_BALANCE_THRESHOLD) must not be negative, got "-5"',
    ])
  })

  it("rejects a threshold that is not a number", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions({ ugiftme: { lowBalanceThreshold: "lots" as unknown as number } }, noEnv)
    )

    expect(problems).toEqual([
      'option "ugiftme.lowBalanceThreshold" (env UGIFTME_LOW_BALANCE_THRESHOLD) must be an amount in major units, got "lots"',
    ])
  })
})

describe("resolveGiftingOptions: recipient notifications", () => {
  it("leaves sending the link to the store by default, with the default template names", () => {
    expect(resolveGiftingOptions(undefined, noEnv).notifications).toMatchObject({
      notifyRecipient: false,
      emailTemplate: "gifting-recipient-link",
      smsTemplate: "gifting-recipient-link-sms",
      maxRecipientMessagesPerBuyerPerDay: 10,
    })
  })

  it("reads the switch and the template names from their env vars", () => {
    const options = resolveGiftingOptions(undefined, {
      GIFTING_NOTIFY_RECIPIENT: "1",
      GIFTING_RECIPIENT_EMAIL_TEMPLATE: " d-1234abcd ",
      GIFTING_RECIPIENT_SMS_TEMPLATE: "gift-sms",
      GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY: "3",
    } as NodeJS.ProcessEnv)

    expect(options.notifications).toMatchObject({
      notifyRecipient: true,
      emailTemplate: "d-1234abcd",
      smsTemplate: "gift-sms",
      maxRecipientMessagesPerBuyerPerDay: 3,
    })
  })

  it("prefers the config's values, including an explicit false over the env var", () => {
    const options = resolveGiftingOptions(
      { notifications: { notifyRecipient: false, emailTemplate: "from-config" } },
      { GIFTING_NOTIFY_RECIPIENT: "true", GIFTING_RECIPIENT_EMAIL_TEMPLATE: "from-env" } as NodeJS.ProcessEnv
    )

    expect(options.notifications.notifyRecipient).toBe(false)
    expect(options.notifications.emailTemplate).toBe("from-config")
  })

  it("names the option and env var of a malformed switch or template name", () => {
    const problems = problemsOf(() =>
      resolveGiftingOptions({ notifications: { smsTemplate: "   " } }, {
        GIFTING_NOTIFY_RECIPIENT: "sometimes",
      } as NodeJS.ProcessEnv)
    )

    expect(problems).toEqual([
      expect.stringContaining(
        'option "notifications.notifyRecipient" (env GIFTING_NOTIFY_RECIPIENT) must be true or false'
      ),
      'option "notifications.smsTemplate" (env GIFTING_RECIPIENT_SMS_TEMPLATE) must not be empty, got "   "',
    ])
  })

  it("names the option and env var of a malformed daily message limit", () => {
    expect(
      problemsOf(() =>
        resolveGiftingOptions(undefined, {
          GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY: "-1",
        } as NodeJS.ProcessEnv)
      )
    ).toEqual([
      'option "notifications.maxRecipientMessagesPerBuyerPerDay" (env GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY) must not be negative, got "-1"',
    ])
    expect(
      resolveGiftingOptions({ notifications: { maxRecipientMessagesPerBuyerPerDay: 0 } }, noEnv).notifications
        .maxRecipientMessagesPerBuyerPerDay
    ).toBe(0)
  })
})

describe("describePartners", () => {
  it("tells which secrets are set without containing any of them", () => {
    const options = resolveGiftingOptions(
      {
        giftyzet: { apiKey: "gfty_live_0123456789" },
        ugiftme: { apiKey: "ug-key-42", webhookSecret: "wh-secret-7" },
      },
      noEnv
    )
    const status = describePartners(options)
    const serialised = JSON.stringify(status)

    expect(status.giftyzet).toEqual({
      configured: true,
      base_url: "https://app.giftyzet.com",
      api_key_set: true,
    })
    expect(status.ugiftme.webhook_secret_set).toBe(true)
    for (const secret of ["gfty_live", "0123456789", "ug-key", "wh-secret"]) {
      expect(serialised).not.toContain(secret)
    }
  })

  it("refuses a Giftyzet currency that is not ISO 4217 or has more than 2 decimals", () => {
    expect(() => resolveGiftingOptions({ giftyzet: { currency: "euro" } })).toThrow(
      'option "giftyzet.currency" (env GIFTYZET_CURRENCY) must be an ISO 4217 currency code'
    )
    expect(() => resolveGiftingOptions({ giftyzet: { currency: "kwd" } })).toThrow("at most 2 decimals")
    expect(resolveGiftingOptions({ giftyzet: { currency: "JPY" } }).giftyzet.currency).toBe("jpy")
  })
})

describe("resolveGiftingOptions: claim window", () => {
  it("defaults to a 14-day window, reminders on days 3 and 10, staff deciding on expiry", () => {
    const options = resolveGiftingOptions(undefined, noEnv)
    expect(options.giftyzet).toMatchObject({
      claimWindowDays: 14,
      reminderDays: [3, 10],
      onExpiry: "notify_staff",
    })
    expect(options.notifications).toMatchObject({
      notifyBuyer: undefined,
      reminderEmailTemplate: "gifting-recipient-reminder",
      reminderSmsTemplate: "gifting-recipient-reminder-sms",
      buyerReminderTemplate: "gifting-buyer-reminder",
      buyerOutcomeTemplate: "gifting-buyer-outcome",
    })
  })

  it("reads the window, the reminder days and the action from their env vars", () => {
    const options = resolveGiftingOptions(undefined, {
      GIFTYZET_CLAIM_WINDOW_DAYS: "7",
      GIFTYZET_REMINDER_DAYS: "5, 2,5",
      GIFTYZET_ON_EXPIRY: "cancel_and_refund",
      GIFTING_NOTIFY_BUYER: "false",
    } as NodeJS.ProcessEnv)
    expect(options.giftyzet).toMatchObject({
      claimWindowDays: 7,
      reminderDays: [2, 5],
      onExpiry: "cancel_and_refund",
    })
    expect(options.notifications.notifyBuyer).toBe(false)
  })

  it("rejects reminder days outside the window and an unknown action, naming the env var", () => {
    expect(
      problemsOf(() =>
        resolveGiftingOptions({ giftyzet: { claimWindowDays: 5, reminderDays: [3, 5] } }, noEnv)
      )
    ).toEqual([
      'option "giftyzet.reminderDays" (env GIFTYZET_REMINDER_DAYS) must all be fewer days than the claim window (5), got [3,5]',
    ])
    expect(
      problemsOf(() =>
        resolveGiftingOptions(undefined, { GIFTYZET_ON_EXPIRY: "refund" } as NodeJS.ProcessEnv)
      )
    ).toEqual([
      'option "giftyzet.onExpiry" (env GIFTYZET_ON_EXPIRY) must be one of "notify_staff", "ship_to_buyer", "cancel_and_refund", got "refund"',
    ])
  })

  it("defaults the job guards, reads them from env, and names a bad one", () => {
    expect(resolveGiftingOptions(undefined, noEnv).jobs).toEqual({
      runBudgetMs: 45_000,
      partnerFailureLimit: 5,
      partnerCooldownMs: 300_000,
      parkAfterFailures: 10,
    })
    const options = resolveGiftingOptions(undefined, {
      GIFTING_JOB_RUN_BUDGET_MS: "3000",
      GIFTING_PARTNER_FAILURE_LIMIT: "3",
      GIFTING_PARTNER_COOLDOWN_MS: "60000",
      GIFTING_PARK_AFTER_FAILURES: "4",
    } as NodeJS.ProcessEnv)
    expect(options.jobs).toEqual({
      runBudgetMs: 3000,
      partnerFailureLimit: 3,
      partnerCooldownMs: 60_000,
      parkAfterFailures: 4,
    })
    expect(problemsOf(() => resolveGiftingOptions({ jobs: { parkAfterFailures: 0 } }, noEnv))).toEqual([
      'option "jobs.parkAfterFailures" (env GIFTING_PARK_AFTER_FAILURES) must be at least 1, got 0',
    ])
  })
})
