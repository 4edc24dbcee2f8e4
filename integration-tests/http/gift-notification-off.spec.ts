import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { GIFT_ORDER_CREATED_EVENT } from "../../src/modules/gifting/events"
import { notifyGiftRecipientWorkflow } from "../../src/workflows/gift-orders/notify-gift-recipient"
import { placeGiftOrder, recipientNotifications } from "../helpers/gift-notifications"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(180_000)

// Providers for email and SMS exist, but the option keeps its default: off.
useGiftyzetSandbox({}, { GIFTING_DEV_NOTIFICATIONS: "local" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("sends the recipient nothing when the option is off (the default)", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const created = TestEventUtils.waitSubscribersExecution(GIFT_ORDER_CREATED_EVENT, eventBus, {
        timeout: 60_000,
      })

      const { gift_order_id } = await placeGiftOrder(api as AxiosInstance, getContainer())
      await created

      expect(await recipientNotifications(getContainer())).toEqual([])
      const { result } = await notifyGiftRecipientWorkflow(getContainer()).run({ input: { gift_order_id } })
      expect(result).toMatchObject({ planned: [], sent: 0, skipped: ["recipient notifications are off"] })
      expect(await recipientNotifications(getContainer())).toEqual([])
    })
  },
})
