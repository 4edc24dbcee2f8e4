import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import giftClaimWindowJob, { advanceDueGiftClaims } from "../../src/jobs/gift-claim-window"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import { DAY_MS } from "../../src/modules/gifting/clock"
import { GIFT_ORDER_EXPIRED_EVENT } from "../../src/modules/gifting/events"
import type GiftingModuleService from "../../src/modules/gifting/service"
import type { AuthHeaders } from "../helpers/admin-auth"
import { placeGiftOrder } from "../helpers/gift-notifications"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(300_000)

// Local notification provider for email and SMS; recipient notifications on (the buyer is told by default).
useGiftyzetSandbox(
  {},
  {
    GIFTING_DEV_NOTIFICATIONS: "local",
    GIFTING_NOTIFY_RECIPIENT: "true",
    GIFTYZET_CLAIM_WINDOW_DAYS: "14",
    GIFTYZET_REMINDER_DAYS: "3,10",
  }
)

type NotificationRow = {
  id: string
  to: string
  channel: string
  template: string
  trigger_type: string
  resource_id: string
  data: Record<string, unknown>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = () => api as AxiosInstance
    const gifting = () => getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)

    async function notificationsOf(admin: AuthHeaders, giftOrderId: string, trigger: string) {
      const { data } = await http().get("/admin/notifications?channel[]=email&channel[]=sms&limit=200", admin)
      return (data.notifications as NotificationRow[]).filter(
        (row) => row.resource_id === giftOrderId && row.trigger_type === trigger
      )
    }

    function summary(rows: NotificationRow[]) {
      return rows.map((row) => `${row.template}:${row.channel}:${row.to}`).sort()
    }

    async function claimAction(orderId: string, admin: AuthHeaders, body: Record<string, unknown>) {
      return http().post(`/admin/gifting/orders/${orderId}/claim`, body, {
        ...admin,
        validateStatus: () => true,
      })
    }

    function recordEvents(container: MedusaContainer, name: string): unknown[] {
      const seen: unknown[] = []
      container.resolve(Modules.EVENT_BUS).subscribe(name, async (event: { data: unknown }) => {
        seen.push(event.data)
      })
      return seen
    }

    it("reminds once per channel on each reminder day, even when runs overlap, then expires for staff", async () => {
      const expired = recordEvents(getContainer(), GIFT_ORDER_EXPIRED_EVENT)
      const { order_id, gift_order_id, link, fixture } = await placeGiftOrder(http(), getContainer())
      const clock = await gifting().getClock()
      const start = await gifting().now()

      // The store route shows the deadline while the gift is pending.
      const store = await http().get(`/store/gifting/orders/${order_id}`, fixture.storeHeaders)
      const deadline = new Date(store.data.gift_order.claim_deadline).getTime()
      expect(Math.abs(deadline - (start.getTime() + 14 * DAY_MS))).toBeLessThan(60_000)

      // Day 1: nothing is due.
      clock.advanceDays(1)
      await giftClaimWindowJob(getContainer())
      expect(await notificationsOf(fixture.admin, gift_order_id, "gifting.gift_order.reminder")).toEqual([])

      // Day 3: two job runs and a second worker at once send one reminder per channel.
      clock.advanceDays(2)
      await Promise.all([
        giftClaimWindowJob(getContainer()),
        giftClaimWindowJob(getContainer()),
        advanceDueGiftClaims(getContainer()),
      ])
      await giftClaimWindowJob(getContainer())
      const day3 = await notificationsOf(fixture.admin, gift_order_id, "gifting.gift_order.reminder")
      expect(summary(day3)).toEqual([
        "gifting-buyer-reminder:email:jane.buyer@example.com",
        "gifting-recipient-reminder-sms:sms:+4915123456789",
        "gifting-recipient-reminder:email:rosa.notify@example.com",
      ])
      const buyer = day3.find((row) => row.template === "gifting-buyer-reminder")
      expect(buyer?.data).toMatchObject({ recipient_link: link, order_id, deadline: expect.any(String) })

      // Day 10: the second reminder, once more per channel.
      clock.advanceDays(7)
      await Promise.all([giftClaimWindowJob(getContainer()), advanceDueGiftClaims(getContainer())])
      await giftClaimWindowJob(getContainer())
      expect(await notificationsOf(fixture.admin, gift_order_id, "gifting.gift_order.reminder")).toHaveLength(
        6
      )

      // Past the deadline: the last poll finds it still pending; it expires for staff (the default).
      clock.advanceDays(4.01)
      await giftClaimWindowJob(getContainer())
      const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order).toMatchObject({
        status: "pending",
        claim: { state: "expired", outcome: "notify_staff" },
        sync: expect.objectContaining({ next_poll_at: null }),
      })
      expect(data.gift_order.claim.timeline.map((entry: { type: string }) => entry.type)).toEqual([
        "reminder_sent",
        "reminder_sent",
        "expired",
        "outcome",
      ])
      expect(expired).toEqual([{ id: gift_order_id, order_id, outcome: "notify_staff" }])
      const storeAfter = await http().get(`/store/gifting/orders/${order_id}`, fixture.storeHeaders)
      expect(storeAfter.data.gift_order.claim_deadline).toBeNull()

      // An expired gift is never polled again, and the job leaves it alone.
      const polls = (await gifting().listGiftOrders({ id: gift_order_id }))[0].last_polled_at
      await giftClaimWindowJob(getContainer())
      expect((await gifting().listGiftOrders({ id: gift_order_id }))[0].last_polled_at).toEqual(polls)

      // Resend refused while expired; Extend reopens the window, once per key.
      expect(
        (
          await claimAction(order_id, fixture.admin, {
            action: "resend_link",
            idempotency_key: "resend-0001",
          })
        ).status
      ).toBe(400)
      const extend = { action: "extend", days: 5, idempotency_key: "extend-0001" }
      const first = await claimAction(order_id, fixture.admin, extend)
      const second = await claimAction(order_id, fixture.admin, extend)
      expect([first.status, second.status]).toEqual([200, 200])
      expect(second.data.gift_order.claim).toMatchObject({
        state: "open",
        deadline: first.data.gift_order.claim.deadline,
      })
      const extended = new Date(first.data.gift_order.claim.deadline).getTime()
      expect(Math.abs(extended - ((await gifting().now()).getTime() + 5 * DAY_MS))).toBeLessThan(60_000)

      // Resend link: a new notification per channel, once per key; no new Giftyzet order.
      const resend = { action: "resend_link", idempotency_key: "resend-0002" }
      expect((await claimAction(order_id, fixture.admin, resend)).status).toBe(200)
      expect((await claimAction(order_id, fixture.admin, resend)).status).toBe(200)
      const resent = await notificationsOf(fixture.admin, gift_order_id, "gifting.gift_order.link_resent")
      expect(summary(resent)).toEqual([
        "gifting-recipient-link-sms:sms:+4915123456789",
        "gifting-recipient-link:email:rosa.notify@example.com",
      ])
      expect(resent.every((row) => row.data.recipient_link === link)).toBe(true)

      // Ship to buyer, twice: one outcome, one buyer notice; then Extend no longer applies.
      const ship = [
        await claimAction(order_id, fixture.admin, { action: "ship_to_buyer" }),
        await claimAction(order_id, fixture.admin, { action: "ship_to_buyer" }),
      ]
      expect(ship.map((response) => response.status)).toEqual([200, 200])
      expect(ship[1].data.gift_order.claim).toMatchObject({ state: "closed", outcome: "ship_to_buyer" })
      const outcome = await notificationsOf(fixture.admin, gift_order_id, "gifting.gift_order.outcome")
      expect(outcome).toHaveLength(1)
      // Staff took the outcome while the window was open again: the buyer is not told it expired.
      expect(outcome[0].data).toMatchObject({
        state: "closed",
        outcome: "ship_to_buyer",
        subject: "Your gift is no longer waiting for the recipient",
      })
      const late = await claimAction(order_id, fixture.admin, {
        action: "extend",
        days: 1,
        idempotency_key: "extend-0002",
      })
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("can no longer be extended")
      const refund = await claimAction(order_id, fixture.admin, { action: "cancel_and_refund" })
      expect(refund.status).toBe(400)
      expect(refund.data.message).toContain("already ship_to_buyer")
    })

    it("lets a confirmation that lands just before the expiry run win", async () => {
      const expired = recordEvents(getContainer(), GIFT_ORDER_EXPIRED_EVENT)
      const { order_id, link, fixture } = await placeGiftOrder(http(), getContainer())
      const clock = await gifting().getClock()
      clock.advanceDays(14.01)

      // The recipient accepts on Giftyzet; the store has not polled it yet.
      const submitted = await fetch(link, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          receiver_name: "Rosa Recipient",
          receiver_email: "rosa@example.com",
          receiver_phone: "+44 20 7946 0958",
          receiver_address: "4 Orchard Row\nLondon N1 7GU",
        }),
      })
      expect(submitted.status).toBe(200)
      await giftClaimWindowJob(getContainer())

      const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order).toMatchObject({
        status: "confirmed",
        claim: { state: "claimed", outcome: null },
      })
      expect(expired).toEqual([])
      const extend = await claimAction(order_id, fixture.admin, {
        action: "extend",
        days: 3,
        idempotency_key: "extend-0003",
      })
      expect(extend.status).toBe(400)
      expect(extend.data.message).toBe("The recipient has already accepted this gift")
    })
  },
})
