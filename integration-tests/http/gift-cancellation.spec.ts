import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import reconcileGiftOrdersJob from "../../src/jobs/reconcile-gift-orders"
import retryGiftStatusReportsJob from "../../src/jobs/retry-gift-status-reports"
import retryGiftSyncJob from "../../src/jobs/retry-gift-sync"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import type { GiftOrderRecord } from "../../src/lib/gifting/gift-order-records"
import { checkoutGiftOrder, placeGiftOrder } from "../helpers/gift-notifications"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(240_000)

const CREATE_PATH = "/api/plugin/v1/orders"

// Recipients are notified by email and SMS once a gift is on Giftyzet (Medusa's local provider records them).
const giftyzet = useGiftyzetSandbox(
  {},
  { GIFTING_DEV_NOTIFICATIONS: "local", GIFTING_NOTIFY_RECIPIENT: "true" }
)

type SandboxOrder = { id: string; status: string }
type CreateCalls = { received: number; accepted: number }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = () => api as AxiosInstance
    const gifting = () => getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)

    beforeEach(async () => {
      await giftyzet.control("POST", "/reset")
    })

    async function giftOf(orderId: string): Promise<GiftOrderRecord | undefined> {
      const [gift] = (await gifting().listGiftOrders({ order_id: orderId })) as GiftOrderRecord[]
      return gift
    }

    async function sandboxOrders(orderId: string) {
      return giftyzet.control<{ orders: SandboxOrder[]; create_calls: CreateCalls }>(
        "GET",
        `/orders?external_order_id=${orderId}`
      )
    }

    /** Status-update requests Giftyzet received (faulted ones included). */
    async function patchRequests(): Promise<number> {
      const { by_route } = await giftyzet.control<{ by_route: Record<string, number> }>("GET", "/stats")
      return Object.entries(by_route)
        .filter(([route]) => route.startsWith("PATCH "))
        .reduce((sum, [, count]) => sum + count, 0)
    }

    /** Makes the gift's waiting status report due now, as if its backoff had passed. */
    async function reportDueNow(giftOrderId: string) {
      await gifting().updateGiftOrders({
        id: giftOrderId,
        status_report_next_at: new Date(Date.now() - 1000),
      })
    }

    function recipientMessages(giftOrderId: string) {
      return getContainer()
        .resolve<INotificationModuleService>(Modules.NOTIFICATION)
        .listNotifications({ resource_id: giftOrderId })
    }

    describe("an order canceled before its gift reached Giftyzet", () => {
      it("is never created on Giftyzet by the retry or reconcile job or staff, ends cancelled, and the recipient hears nothing", async () => {
        // Every create fails until the faults are cleared: the gift waits for a retry.
        await giftyzet.control("POST", "/faults", {
          kind: "error",
          status: 503,
          count: 1000,
          method: "POST",
          path_prefix: CREATE_PATH,
        })
        const { order_id, fixture } = await checkoutGiftOrder(http(), getContainer())
        const failed = await eventually(async () => {
          const gift = await giftOf(order_id)
          return gift?.sync_state === "failed" ? gift : undefined
        }, 60_000)
        expect(failed.next_attempt_at).not.toBeNull()

        await http().post(`/admin/orders/${order_id}/cancel`, {}, fixture.admin)
        await giftyzet.control("DELETE", "/faults")
        // Let the order.canceled subscribers run, then make the gift due as if its backoff had passed.
        await new Promise((resolve) => setTimeout(resolve, 2_000))
        await gifting().updateGiftOrders({ id: failed.id, next_attempt_at: new Date(Date.now() - 1000) })

        await retryGiftSyncJob(getContainer())
        await reconcileGiftOrdersJob(getContainer())
        const staff = await http().post(`/admin/gifting/orders/${order_id}/sync`, {}, fixture.admin)

        const { orders, create_calls } = await sandboxOrders(order_id)
        expect(orders).toEqual([])
        expect(create_calls.accepted).toBe(0)
        const gift = await eventually(async () => {
          const row = await giftOf(order_id)
          return row?.status === "cancelled" ? row : undefined
        })
        expect(gift).toMatchObject({
          status: "cancelled",
          giftyzet_order_id: null,
          recipient_link: null,
          next_attempt_at: null,
          next_poll_at: null,
          claim_state: "closed",
        })
        expect(staff.data.gift_order).toMatchObject({ status: "cancelled", recipient_link: null })
        expect(await recipientMessages(gift.id)).toEqual([])
      })
    })

    describe("the cancellation report of a gift on Giftyzet", () => {
      it("is retried with backoff while Giftyzet fails, and acknowledged exactly once", async () => {
        // This deployment accepts status reports (PATCH).
        await giftyzet.control("POST", "/config", { generation: "newer-with-create" })
        const { order_id, gift_order_id, fixture } = await placeGiftOrder(http(), getContainer())
        await giftyzet.control("POST", "/faults", {
          kind: "error",
          status: 503,
          count: 1000,
          method: "PATCH",
          path_prefix: `${CREATE_PATH}/`,
        })

        await http().post(`/admin/orders/${order_id}/cancel`, {}, fixture.admin)
        const first = await eventually(async () => {
          const gift = await giftOf(order_id)
          return gift?.status_report_attempts === 1 ? gift : undefined
        }, 60_000)
        expect(first).toMatchObject({ status: "pending", status_report: "cancelled" })
        expect(first.status_report_next_at!.getTime()).toBeGreaterThan(Date.now())

        // Due again: it fails again and waits longer.
        await reportDueNow(gift_order_id)
        await retryGiftStatusReportsJob(getContainer())
        const second = (await giftOf(order_id))!
        expect(second).toMatchObject({ status_report: "cancelled", status_report_attempts: 2 })
        expect(second.status_report_next_at!.getTime() - Date.now()).toBeGreaterThan(60_000)
        // Not yet due: the job leaves it alone.
        const before = await patchRequests()
        await retryGiftStatusReportsJob(getContainer())
        expect(await patchRequests()).toBe(before)

        await giftyzet.control("DELETE", "/faults")
        await reportDueNow(gift_order_id)
        await retryGiftStatusReportsJob(getContainer())
        // Acknowledged: nothing waits, and later runs send nothing more.
        await retryGiftStatusReportsJob(getContainer())
        expect(await patchRequests()).toBe(before + 1)
        expect((await sandboxOrders(order_id)).orders.map((order) => order.status)).toEqual(["cancelled"])
        const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
        expect(data.gift_order).toMatchObject({ status: "cancelled", pending_status_report: null })
        expect(
          data.gift_order.status_reports.map((entry: { status: string; outcome: string }) => [
            entry.status,
            entry.outcome,
          ])
        ).toEqual([
          ["cancelled", "failed"],
          ["cancelled", "failed"],
          ["cancelled", "reported"],
        ])
      })

      it("stops, recorded, on a deployment that does not support status reports", async () => {
        // The documented generation has no PATCH: 405.
        await giftyzet.control("POST", "/config", { generation: "documented" })
        const { order_id, fixture } = await placeGiftOrder(http(), getContainer())

        await http().post(`/admin/orders/${order_id}/cancel`, {}, fixture.admin)
        const recorded = await eventually(async () => {
          const { data } = await http().get(`/admin/gifting/orders/${order_id}`, fixture.admin)
          return data.gift_order.status_reports.length > 0 ? data.gift_order : undefined
        }, 60_000)
        await retryGiftStatusReportsJob(getContainer())

        expect(recorded.status_reports).toEqual([
          expect.objectContaining({ status: "cancelled", outcome: "not_supported" }),
        ])
        expect(recorded.pending_status_report).toBeNull()
        expect(await giftOf(order_id)).toMatchObject({ status_report: null, status_report_next_at: null })
        expect(await patchRequests()).toBe(1)
      })
    })
  },
})
