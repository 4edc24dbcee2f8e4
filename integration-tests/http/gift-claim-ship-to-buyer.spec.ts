import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import giftClaimWindowJob from "../../src/jobs/gift-claim-window"
import pollGiftOrdersJob from "../../src/jobs/poll-gift-orders"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import { GIFT_ORDER_DECLINED_EVENT, GIFT_ORDER_EXPIRED_EVENT } from "../../src/modules/gifting/events"
import type GiftingModuleService from "../../src/modules/gifting/service"
import type { AuthHeaders } from "../helpers/admin-auth"
import { placeGiftOrder } from "../helpers/gift-notifications"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(300_000)

// Expired and declined gifts go to the buyer's own shipping address; the buyer is told by email.
useGiftyzetSandbox(
  {},
  {
    GIFTING_DEV_NOTIFICATIONS: "local",
    GIFTING_NOTIFY_RECIPIENT: "true",
    GIFTYZET_ON_EXPIRY: "ship_to_buyer",
  }
)

type OutcomeNotice = { to: string; channel: string; template: string; data: Record<string, unknown> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = () => api as AxiosInstance
    const gifting = () => getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)

    function recordEvents(container: MedusaContainer, name: string): unknown[] {
      const seen: unknown[] = []
      container.resolve(Modules.EVENT_BUS).subscribe(name, async (event: { data: unknown }) => {
        seen.push(event.data)
      })
      return seen
    }

    async function outcomeNotices(admin: AuthHeaders, giftOrderId: string): Promise<OutcomeNotice[]> {
      const { data } = await http().get("/admin/notifications?channel[]=email&channel[]=sms&limit=200", admin)
      return (data.notifications as (OutcomeNotice & { resource_id: string; trigger_type: string })[]).filter(
        (row) => row.resource_id === giftOrderId && row.trigger_type === "gifting.gift_order.outcome"
      )
    }

    async function orderOf(orderId: string, admin: AuthHeaders) {
      const { data } = await http().get(`/admin/orders/${orderId}?fields=id,status,*shipping_address`, admin)
      const address = data.order.shipping_address as Record<string, unknown>
      return {
        status: data.order.status as string,
        address: [address.first_name, address.address_1, address.city, address.postal_code].join(" | "),
      }
    }

    it("expires a gift to the buyer's address, tells the buyer once, and lists it as expired", async () => {
      const expired = recordEvents(getContainer(), GIFT_ORDER_EXPIRED_EVENT)
      const { order_id, gift_order_id, fixture } = await placeGiftOrder(http(), getContainer())
      const before = await orderOf(order_id, fixture.admin)

      ;(await gifting().getClock()).advanceDays(14.01)
      await Promise.all([giftClaimWindowJob(getContainer()), giftClaimWindowJob(getContainer())])
      await giftClaimWindowJob(getContainer())

      const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order).toMatchObject({
        status: "pending",
        claim: { state: "expired", outcome: "ship_to_buyer" },
      })
      expect(expired).toEqual([{ id: gift_order_id, order_id, outcome: "ship_to_buyer" }])

      // The buyer's own shipping address stays the delivery address; the order goes on.
      expect(await orderOf(order_id, fixture.admin)).toEqual({
        status: before.status,
        address: before.address,
      })
      expect(before.status).not.toBe("canceled")

      const notices = await outcomeNotices(fixture.admin, gift_order_id)
      expect(notices).toEqual([
        expect.objectContaining({
          to: "jane.buyer@example.com",
          channel: "email",
          template: "gifting-buyer-outcome",
          data: expect.objectContaining({ state: "expired", outcome: "ship_to_buyer", order_id }),
        }),
      ])
      expect(notices[0].data.text).toContain("deliver it to your shipping address")

      // Staff pressing Ship to buyer on it again changes nothing and tells nobody twice.
      const again = await http().post(
        `/admin/gifting/orders/${order_id}/claim`,
        { action: "ship_to_buyer" },
        fixture.admin
      )
      expect(again.status).toBe(200)
      expect(await outcomeNotices(fixture.admin, gift_order_id)).toHaveLength(1)

      // The gift orders list shows its deadline and its state, and finds it by claim state.
      const list = await http().get("/admin/gifting/gift-orders?claim_state=expired", fixture.admin)
      const listed = list.data.gift_orders.find((gift: { order_id: string }) => gift.order_id === order_id)
      expect(listed.claim).toMatchObject({
        state: "expired",
        outcome: "ship_to_buyer",
        deadline: data.gift_order.claim.deadline,
      })
      const open = await http().get("/admin/gifting/gift-orders?claim_state=open", fixture.admin)
      expect(open.data.gift_orders.map((gift: { order_id: string }) => gift.order_id)).not.toContain(order_id)
    })

    it("ships a gift the recipient rejected to the buyer and tells the buyer it was declined", async () => {
      const declined = recordEvents(getContainer(), GIFT_ORDER_DECLINED_EVENT)
      const { order_id, gift_order_id, link, fixture } = await placeGiftOrder(http(), getContainer())

      const rejected = await fetch(`${link}/reject`, { method: "POST" })
      expect(rejected.status).toBe(200)
      await gifting().updateGiftOrders({ id: gift_order_id, next_poll_at: new Date(Date.now() - 1000) })
      await pollGiftOrdersJob(getContainer())
      await giftClaimWindowJob(getContainer())

      const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order).toMatchObject({
        status: "cancelled",
        claim: { state: "declined", outcome: "ship_to_buyer" },
      })
      expect(declined).toEqual([{ id: gift_order_id, order_id, outcome: "ship_to_buyer" }])
      expect((await orderOf(order_id, fixture.admin)).status).not.toBe("canceled")
      expect(await outcomeNotices(fixture.admin, gift_order_id)).toEqual([
        expect.objectContaining({
          to: "jane.buyer@example.com",
          data: expect.objectContaining({ state: "declined", outcome: "ship_to_buyer" }),
        }),
      ])
    })
  },
})
