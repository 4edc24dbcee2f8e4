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
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(300_000)

// Expired and declined gifts are canceled and refunded; the buyer is told on the order's email.
const giftyzet = useGiftyzetSandbox(
  {},
  {
    GIFTING_DEV_NOTIFICATIONS: "local",
    GIFTING_NOTIFY_RECIPIENT: "true",
    GIFTYZET_ON_EXPIRY: "cancel_and_refund",
  }
)

type PaymentRow = {
  id: string
  amount: number
  captures: { amount: number }[]
  refunds: { amount: number }[]
  canceled_at: string | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = () => api as AxiosInstance
    const gifting = () => getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)

    beforeAll(async () => {
      // This deployment accepts status reports (PATCH), so the store can tell Giftyzet "cancelled".
      await giftyzet.control("POST", "/config", { generation: "newer-with-create" })
    })

    function recordEvents(container: MedusaContainer, name: string): unknown[] {
      const seen: unknown[] = []
      container.resolve(Modules.EVENT_BUS).subscribe(name, async (event: { data: unknown }) => {
        seen.push(event.data)
      })
      return seen
    }

    async function orderOf(orderId: string, admin: AuthHeaders) {
      const { data } = await http().get(
        `/admin/orders/${orderId}?fields=id,status,total,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`,
        admin
      )
      const payments = data.order.payment_collections.flatMap(
        (collection: { payments: PaymentRow[] }) => collection.payments
      ) as PaymentRow[]
      return { status: data.order.status as string, total: data.order.total as number, payments }
    }

    async function giftyzetStatus(orderId: string) {
      const { orders } = await giftyzet.control<{ orders: { id: string; status: string }[] }>(
        "GET",
        `/orders?external_order_id=${orderId}`
      )
      return orders[0]
    }

    async function outcomeNotices(admin: AuthHeaders, giftOrderId: string) {
      const { data } = await http().get("/admin/notifications?channel=email&limit=200", admin)
      return (data.notifications as { resource_id: string; trigger_type: string; to: string }[]).filter(
        (row) => row.resource_id === giftOrderId && row.trigger_type === "gifting.gift_order.outcome"
      )
    }

    it("cancels an expired gift's order and refunds the captured payment once, and tells Giftyzet", async () => {
      const expired = recordEvents(getContainer(), GIFT_ORDER_EXPIRED_EVENT)
      const { order_id, gift_order_id, fixture } = await placeGiftOrder(http(), getContainer())
      const placed = await orderOf(order_id, fixture.admin)
      await http().post(`/admin/payments/${placed.payments[0].id}/capture`, {}, fixture.admin)
      const captured = (await orderOf(order_id, fixture.admin)).payments[0].captures[0].amount
      expect(captured).toBe(placed.total)

      ;(await gifting().getClock()).advanceDays(14.01)
      await Promise.all([giftClaimWindowJob(getContainer()), giftClaimWindowJob(getContainer())])
      await giftClaimWindowJob(getContainer())

      const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order.claim).toMatchObject({ state: "expired", outcome: "cancel_and_refund" })
      expect(expired).toEqual([{ id: gift_order_id, order_id, outcome: "cancel_and_refund" }])

      // Staff pressing Cancel & refund again changes nothing: still one refund.
      const again = await http().post(
        `/admin/gifting/orders/${order_id}/claim`,
        { action: "cancel_and_refund" },
        fixture.admin
      )
      expect(again.status).toBe(200)

      const after = await orderOf(order_id, fixture.admin)
      expect(after.status).toBe("canceled")
      expect(after.payments.flatMap((payment) => payment.refunds.map((refund) => refund.amount))).toEqual([
        captured,
      ])
      await eventually(async () => (await giftyzetStatus(order_id)).status === "cancelled")
      expect(await outcomeNotices(fixture.admin, gift_order_id)).toEqual([
        expect.objectContaining({ to: "jane.buyer@example.com" }),
      ])
    })

    it("records a gift the recipient rejected on Giftyzet as declined and takes the configured action", async () => {
      const declined = recordEvents(getContainer(), GIFT_ORDER_DECLINED_EVENT)
      const { order_id, gift_order_id, link, fixture } = await placeGiftOrder(http(), getContainer())

      // The recipient opens the link and presses "Reject gift" (a plain form post).
      const page = await (await fetch(link)).text()
      expect(page).toContain("Reject gift")
      const rejected = await fetch(`${link}/reject`, { method: "POST" })
      expect(rejected.status).toBe(200)
      expect((await giftyzetStatus(order_id)).status).toBe("cancelled")

      // The next poll sees "cancelled"; the claim-window job treats it as a decline.
      await gifting().updateGiftOrders({ id: gift_order_id, next_poll_at: new Date(Date.now() - 1000) })
      await pollGiftOrdersJob(getContainer())
      await giftClaimWindowJob(getContainer())

      const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order).toMatchObject({
        status: "cancelled",
        claim: { state: "declined", outcome: "cancel_and_refund" },
      })
      expect(declined).toEqual([{ id: gift_order_id, order_id, outcome: "cancel_and_refund" }])
      const order = await orderOf(order_id, fixture.admin)
      expect(order.status).toBe("canceled")
      // Nothing was captured: the authorised payment is canceled, nothing refunded.
      expect(order.payments.flatMap((payment) => payment.refunds)).toEqual([])

      // Staff actions no longer apply to a declined gift.
      const extend = await http().post(
        `/admin/gifting/orders/${order_id}/claim`,
        { action: "extend", days: 3, idempotency_key: "extend-decline-1" },
        { ...fixture.admin, validateStatus: () => true }
      )
      expect(extend.status).toBe(400)
      expect(extend.data.message).toBe("The gift was cancelled on Giftyzet")
    })
  },
})
