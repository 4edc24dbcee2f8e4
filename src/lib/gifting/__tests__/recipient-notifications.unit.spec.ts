import { resolveGiftingOptions } from "../../../modules/gifting/options"
import {
  limitRecipientNotifications,
  planRecipientNotifications,
  recipientNotificationKey,
  type RecipientNotificationPlanInput,
} from "../recipient-notifications"

const LINK = "https://app.giftyzet.com/gift-receiver/AbCdEfGhIjKlMnOpQrStUv"
const on = resolveGiftingOptions(
  { notifications: { notifyRecipient: true } },
  {} as NodeJS.ProcessEnv
).notifications

function input(overrides: Partial<RecipientNotificationPlanInput> = {}): RecipientNotificationPlanInput {
  return {
    options: on,
    gift_order: { id: "gift_1", order_id: "order_1", recipient_link: LINK, order_number: "PLUG-1-ABCDEFG" },
    recipient: {
      name: "Rosa Recipient",
      email: "rosa@example.com",
      phone: "+44 7400 123456",
      gift_message: "Happy birthday!",
    },
    channels: ["feed", "email", "sms"],
    sms_countries: ["de", "gb"],
    store_name: "Mug & Co",
    ...overrides,
  }
}

describe("planRecipientNotifications", () => {
  it("sends the link by email and SMS with the merchant's templates and one idempotency key per channel", () => {
    const { notifications, skipped } = planRecipientNotifications(input())

    expect(skipped).toEqual([])
    expect(notifications).toEqual([
      {
        to: "rosa@example.com",
        channel: "email",
        template: "gifting-recipient-link",
        data: {
          recipient_name: "Rosa Recipient",
          recipient_link: LINK,
          gift_message: "Happy birthday!",
          order_number: "PLUG-1-ABCDEFG",
          order_id: "order_1",
          gift_order_id: "gift_1",
          store_name: "Mug & Co",
          subject: "A gift for you from Mug & Co",
          text: expect.stringContaining(LINK),
        },
        content: { subject: "A gift for you from Mug & Co", text: expect.stringContaining(LINK) },
        trigger_type: "gifting.gift_order.created",
        resource_id: "gift_1",
        resource_type: "gift_order",
        idempotency_key: "gifting-recipient-link-gift_1-email",
      },
      expect.objectContaining({
        to: "+447400123456",
        channel: "sms",
        template: "gifting-recipient-link-sms",
        content: {
          text: `Hi Rosa Recipient, you have received a gift from Mug & Co! Accept it here: ${LINK}`,
        },
        idempotency_key: "gifting-recipient-link-gift_1-sms",
      }),
    ])
    expect(notifications[0].content?.text).toBe(
      [
        "Hi Rosa Recipient,",
        "",
        "You have received a gift from Mug & Co! Open this link to accept it and tell us where to deliver it:",
        LINK,
        "",
        "Happy birthday!",
      ].join("\n")
    )
  })

  it("sends on a channel only where the store has a provider for it", () => {
    const { notifications, skipped } = planRecipientNotifications(input({ channels: ["feed", "email"] }))

    expect(notifications.map((notification) => notification.channel)).toEqual(["email"])
    expect(skipped).toEqual(['no notification provider for the "sms" channel'])
    expect(planRecipientNotifications(input({ channels: ["feed"] })).notifications).toEqual([])
  })

  it("sends no SMS to a recipient without a phone number", () => {
    const { notifications, skipped } = planRecipientNotifications(
      input({ recipient: { name: "Rosa", email: "rosa@example.com", phone: null, gift_message: null } })
    )

    expect(notifications.map((notification) => notification.channel)).toEqual(["email"])
    expect(notifications[0].data).toMatchObject({ gift_message: null })
    expect(skipped).toEqual(["the recipient gave no phone number"])
  })

  it("sends no SMS to a premium-rate number, a short code or a country the store does not ship to, but still the email", () => {
    const recipient = (phone: string) => ({ ...input().recipient!, phone })
    const cases: [string, string, string[]][] = [
      ["+44 909 879 0000", "is a premium-rate number", ["gb"]],
      ["+44 871 123 4567", "is a premium-rate number", ["gb"]],
      ["84433", "not in international form", ["gb"]],
      ["+44 7400 123456", "a country the store's regions do not ship to (GB)", ["de", "fr"]],
    ]
    for (const [phone, reason, countries] of cases) {
      const { notifications, skipped } = planRecipientNotifications(
        input({ recipient: recipient(phone), sms_countries: countries })
      )
      expect(notifications.map((notification) => [notification.channel, notification.to])).toEqual([
        ["email", "rosa@example.com"],
      ])
      expect(skipped).toEqual([expect.stringContaining(reason)])
    }
  })

  it("caps the messages of one buyer per day, email first", () => {
    const plan = planRecipientNotifications(input())

    expect(limitRecipientNotifications(plan, { sentToday: 8, max: 10 })).toBe(plan)
    const capped = limitRecipientNotifications(plan, { sentToday: 9, max: 10 })
    expect(capped.notifications.map((notification) => notification.channel)).toEqual(["email"])
    expect(capped.skipped).toEqual([
      'the "sms" message is over the limit of 10 recipient messages per buyer per day',
    ])
    expect(limitRecipientNotifications(plan, { sentToday: 12, max: 10 }).notifications).toEqual([])
    expect(limitRecipientNotifications(plan, { sentToday: 0, max: 0 }).notifications).toEqual([])
  })

  it("sends nothing when the option is off, the link is missing or the order names no recipient", () => {
    const off = resolveGiftingOptions(undefined, {} as NodeJS.ProcessEnv).notifications

    expect(planRecipientNotifications(input({ options: off }))).toEqual({
      notifications: [],
      skipped: ["recipient notifications are off"],
    })
    expect(
      planRecipientNotifications(input({ gift_order: { ...input().gift_order, recipient_link: null } }))
        .notifications
    ).toEqual([])
    expect(planRecipientNotifications(input({ recipient: null })).skipped).toEqual([
      "the order names no recipient",
    ])
  })

  it("keeps a name on one line and works without a store name", () => {
    const { notifications } = planRecipientNotifications(
      input({
        store_name: null,
        recipient: { name: "Rosa\r\nRecipient", email: "rosa@example.com", phone: null, gift_message: null },
      })
    )

    expect(notifications[0].content).toEqual({
      subject: "A gift for you",
      text: `Hi Rosa Recipient,\n\nYou have received a gift! Open this link to accept it and tell us where to deliver it:\n${LINK}`,
    })
  })

  it("keys each gift and channel apart", () => {
    expect(recipientNotificationKey("gift_1", "email")).not.toBe(recipientNotificationKey("gift_1", "sms"))
    expect(recipientNotificationKey("gift_1", "email")).not.toBe(recipientNotificationKey("gift_2", "email"))
  })
})
