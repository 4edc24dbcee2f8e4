import { resolveGiftingOptions } from "../../../modules/gifting/options"
import { planClaimNotifications, type ClaimNotificationPlanInput } from "../claim-notifications"

const LINK = "https://app.giftyzet.com/gift-receiver/AbCdEfGhIjKlMnOpQrStUv"
const options = resolveGiftingOptions(
  { notifications: { notifyRecipient: true } },
  {} as NodeJS.ProcessEnv
).notifications

function input(message: ClaimNotificationPlanInput["message"]): ClaimNotificationPlanInput {
  return {
    options,
    gift_order: { id: "gift_1", order_id: "order_1", recipient_link: LINK, order_number: "PLUG-1-ABCDEFG" },
    recipient: { name: "Rosa Recipient", email: "rosa@example.com", phone: null, gift_message: null },
    channels: ["email"],
    sms_countries: [],
    store_name: "Mug & Co",
    message,
    deadline: new Date("2026-12-15T10:00:00.000Z"),
    buyer_email: "jane.buyer@example.com",
  }
}

describe("planClaimNotifications: the buyer's outcome notice", () => {
  it.each([
    ["expired", "Your gift was not accepted in time"],
    ["declined", "Your gift was declined"],
    ["closed", "Your gift is no longer waiting for the recipient"],
  ] as const)("says why a %s gift ships to the buyer", (state, subject) => {
    const planned = planClaimNotifications(input({ kind: "outcome", state, outcome: "ship_to_buyer" }))

    expect(planned).toHaveLength(1)
    expect(planned[0]).toMatchObject({
      audience: "buyer",
      notification: {
        to: "jane.buyer@example.com",
        channel: "email",
        template: "gifting-buyer-outcome",
        data: { state, outcome: "ship_to_buyer", subject, deadline: "2026-12-15T10:00:00.000Z" },
        content: { subject, text: `${subject}. We will deliver it to your shipping address instead.` },
        trigger_type: "gifting.gift_order.outcome",
        idempotency_key: `gifting-outcome-${state}-buyer-gift_1-email`,
      },
    })
  })

  it("tells the recipient nothing about the outcome", () => {
    const planned = planClaimNotifications(
      input({ kind: "outcome", state: "expired", outcome: "cancel_and_refund" })
    )
    expect(planned.map((entry) => entry.audience)).toEqual(["buyer"])
    expect(planned[0].notification.data).toMatchObject({ text: expect.stringContaining("refunded") })
  })
})
