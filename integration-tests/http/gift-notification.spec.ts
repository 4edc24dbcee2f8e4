import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { GIFT_ORDER_CREATED_EVENT } from "../../src/modules/gifting/events"
import { notifyGiftRecipientWorkflow } from "../../src/workflows/gift-orders/notify-gift-recipient"
import {
  NOTIFIED_EMAIL,
  NOTIFIED_PHONE,
  NOTIFIED_RECIPIENT,
  placeGiftOrder,
  recipientNotifications,
  settledNotificationsOf,
} from "../helpers/gift-notifications"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(180_000)

// The dev store's Notification Module gets Medusa's local provider for email and SMS; the option is on,
// with a cap of 2 recipient messages per buyer per day.
useGiftyzetSandbox(
  {},
  {
    GIFTING_DEV_NOTIFICATIONS: "local",
    GIFTING_NOTIFY_RECIPIENT: "true",
    GIFTING_MAX_RECIPIENT_MESSAGES_PER_BUYER_PER_DAY: "2",
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("sends the recipient link once by email and once by SMS, and a replayed event sends nothing more", async () => {
      const { order_id, gift_order_id, link } = await placeGiftOrder(api as AxiosInstance, getContainer())

      const sent = await eventually(async () => {
        const rows = await recipientNotifications(getContainer())
        // A notification is recorded "pending", then marked once its provider answered.
        return rows.length >= 2 && rows.every((row) => row.status !== "pending") ? rows : undefined
      })
      expect(sent.map((row) => [row.channel, row.to, row.status]).sort()).toEqual([
        ["email", NOTIFIED_EMAIL, "success"],
        ["sms", NOTIFIED_PHONE, "success"],
      ])
      const email = sent.find((row) => row.channel === "email")
      expect(email).toMatchObject({
        template: "gifting-recipient-link",
        idempotency_key: `gifting-recipient-link-${gift_order_id}-email`,
        trigger_type: "gifting.gift_order.created",
        resource_id: gift_order_id,
        resource_type: "gift_order",
        data: expect.objectContaining({
          recipient_name: "Rosa Recipient",
          recipient_link: link,
          gift_message: "Happy birthday!",
          order_id,
          gift_order_id,
        }),
      })
      expect(sent.find((row) => row.channel === "sms")).toMatchObject({
        template: "gifting-recipient-link-sms",
        data: expect.objectContaining({ recipient_link: link, text: expect.stringContaining(link) }),
      })

      // The event is delivered again (a retry, a replay): its subscriber runs and sends nothing.
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const replayed = TestEventUtils.waitSubscribersExecution(GIFT_ORDER_CREATED_EVENT, eventBus)
      await eventBus.emit({ name: GIFT_ORDER_CREATED_EVENT, data: { id: gift_order_id, order_id } })
      await replayed

      // Two runs at once for the same gift send nothing either.
      const runs = await Promise.all(
        [1, 2].map(() => notifyGiftRecipientWorkflow(getContainer()).run({ input: { gift_order_id } }))
      )
      expect(runs.map(({ result }) => [result.planned, result.sent])).toEqual([
        [["email", "sms"], 0],
        [["email", "sms"], 0],
      ])

      const after = await recipientNotifications(getContainer())
      expect(after.map((row) => row.id).sort()).toEqual(sent.map((row) => row.id).sort())
    })

    it("sends no SMS to a premium-rate number but still the email, and caps the messages of one buyer per day", async () => {
      const buyerEmail = "premium.buyer@example.com"
      // A German premium-rate number (0900): the store ships to Germany, yet it gets no SMS.
      const premium = await placeGiftOrder(api as AxiosInstance, getContainer(), {
        recipient: {
          ...NOTIFIED_RECIPIENT,
          recipient_email: "paula@example.com",
          recipient_phone: "+49 900 1234567",
        },
        buyerEmail,
      })
      const first = await settledNotificationsOf(getContainer(), premium.gift_order_id, 1)
      expect(first.map((row) => [row.channel, row.to, row.status])).toEqual([
        ["email", "paula@example.com", "success"],
      ])
      const run = await notifyGiftRecipientWorkflow(getContainer()).run({
        input: { gift_order_id: premium.gift_order_id },
      })
      expect(run.result.skipped).toEqual([
        "the recipient's phone number is a premium-rate number, not a mobile number",
      ])

      // The same buyer's next gift, to a mobile number: one message left today, the email takes it.
      const next = await placeGiftOrder(api as AxiosInstance, getContainer(), {
        recipient: { ...NOTIFIED_RECIPIENT, recipient_email: "mia@example.com" },
        buyerEmail,
        store: premium.fixture,
      })
      const second = await settledNotificationsOf(getContainer(), next.gift_order_id, 1)
      const rerun = await notifyGiftRecipientWorkflow(getContainer()).run({
        input: { gift_order_id: next.gift_order_id },
      })
      expect(rerun.result.skipped).toEqual([
        'the "sms" message is over the limit of 2 recipient messages per buyer per day',
      ])
      const all = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: [premium.gift_order_id, next.gift_order_id] })
      expect(all.map((row) => [row.channel, row.to]).sort()).toEqual([
        ["email", "mia@example.com"],
        ["email", "paula@example.com"],
      ])
      expect(second.map((row) => row.channel)).toEqual(["email"])
    })
  },
})
