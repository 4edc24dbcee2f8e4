import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import pollGiftOrdersJob from "../../src/jobs/poll-gift-orders"
import reconcileGiftOrdersJob from "../../src/jobs/reconcile-gift-orders"
import retryGiftSyncJob from "../../src/jobs/retry-gift-sync"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import { GIFT_ORDER_CONFIRMED_EVENT } from "../../src/modules/gifting/events"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import {
  checkout,
  createStoreFixture,
  prepareCart,
  providerOption,
  type StoreFixture,
} from "../helpers/store-fixture"

jest.setTimeout(180_000)

const giftyzet = useGiftyzetSandbox()
const GIFT_PROVIDER = "giftyzet_giftyzet"
const RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "Rosa@Example.com",
  gift_message: "Happy birthday!",
}

type StoreGift = {
  status: string
  recipient_link: string | null
  order_number: string | null
  confirmed_at: string | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: StoreFixture
    let giftOptionId: string
    let variantId: string

    beforeEach(async () => {
      await giftyzet.control("POST", "/reset")
      fixture = await createStoreFixture(getContainer(), api, { providers: [GIFT_PROVIDER] })
      const optionData = await providerOption(api, fixture.admin, GIFT_PROVIDER)
      giftOptionId = (
        await fixture.createShippingOption({
          name: "Send as a gift",
          providerId: GIFT_PROVIDER,
          optionData,
          price: 4.5,
        })
      ).id
      variantId = (await fixture.createProduct({ title: "Ceramic Gift Mug", price: 24.9 })).variantId
    })

    async function storeGift(orderId: string): Promise<StoreGift> {
      const { data } = await api.get(`/store/gifting/orders/${orderId}`, fixture.storeHeaders)
      return data.gift_order
    }

    async function waitForLink(orderId: string): Promise<StoreGift> {
      return eventually(async () => {
        const gift = await storeGift(orderId).catch(() => undefined)
        return gift?.recipient_link ? gift : undefined
      })
    }

    async function createCalls(orderId: string) {
      return giftyzet.control<{ received: number; accepted: number; conflicts: number }>(
        "GET",
        `/create-calls/${orderId}`
      )
    }

    it("offers the gift option and refuses recipient data with a bad email, naming the field", async () => {
      const { data } = await api.get(`/admin/fulfillment-providers/${GIFT_PROVIDER}/options`, fixture.admin)
      expect(data.fulfillment_options).toEqual([
        expect.objectContaining({ id: "giftyzet-send-as-gift", name: "Send as a gift" }),
      ])

      const error = await prepareCart(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: { recipient_name: "Rosa", recipient_email: "not-an-email" },
      }).catch((caught) => caught.response)

      expect(error.status).toBe(400)
      expect(error.data.message).toContain("recipient_email must be a valid email address")
    })

    it.each([
      ["recipient_*", { recipient_name: "Sam Recipient", recipient_email: "Sam@Example.com" }],
      ["the older receiver_*", { receiver_name: "Sam Recipient", receiver_email: "Sam@Example.com" }],
    ])(
      "takes the recipient under %s names, stores recipient_* and syncs the gift",
      async (_names, shippingData) => {
        const { order_id } = await checkout(api as AxiosInstance, fixture, {
          variantId,
          shippingOptionId: giftOptionId,
          shippingData,
        })

        expect((await waitForLink(order_id)).status).toBe("pending")
        const { data: orders } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["shipping_methods.data"], filters: { id: order_id } })
        expect(orders[0].shipping_methods?.[0]?.data).toEqual({
          kind: "giftyzet_gift",
          recipient_name: "Sam Recipient",
          recipient_email: "sam@example.com",
        })
        const { orders: partnerOrders } = await giftyzet.control<{ orders: Record<string, unknown>[] }>(
          "GET",
          `/orders?external_order_id=${order_id}`
        )
        expect(partnerOrders[0]).toMatchObject({
          receiver_name: "Sam Recipient",
          receiver_email: "sam@example.com",
        })
      }
    )

    it("refuses a recipient field sent under both names with different values", async () => {
      const error = await prepareCart(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: {
          recipient_name: "Rosa",
          recipient_email: "rosa@example.com",
          receiver_email: "sam@example.com",
        },
      }).catch((caught) => caught.response)

      expect(error.status).toBe(400)
      expect(error.data.message).toContain(
        "recipient_email and receiver_email (its older name) disagree; send recipient_email only"
      )
    })

    it("creates the Giftyzet order after payment, shows the link, and learns the recipient's address by polling", async () => {
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        quantity: 2,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })

      const gift = await waitForLink(order_id)
      expect(gift.status).toBe("pending")
      expect(gift.recipient_link).toMatch(
        new RegExp(`^${giftyzet.sandbox.url}/gift-receiver/[A-Za-z0-9_-]{20,}$`)
      )
      expect(gift.order_number).toMatch(/^PLUG-\d+-[A-Z0-9]{7}$/)
      const { data: storeBody } = await api.get(`/store/gifting/orders/${order_id}`, fixture.storeHeaders)
      expect(Object.keys(storeBody.gift_order).sort()).toEqual([
        "claim_deadline",
        "confirmed_at",
        "link_state",
        "order_number",
        "recipient_link",
        "status",
      ])

      // The payload Giftyzet received: keyed by the Medusa order, amounts in major units.
      const { orders } = await giftyzet.control<{ orders: Record<string, unknown>[] }>(
        "GET",
        `/orders?external_order_id=${order_id}`
      )
      const partnerOrder = orders[0]
      expect(partnerOrder).toMatchObject({
        external_order_id: order_id,
        receiver_name: "Rosa Recipient",
        receiver_email: "rosa@example.com",
        sender_name: "Jane Buyer",
        total: 54.3,
        shipping: 4.5,
        items: [
          expect.objectContaining({
            name: expect.stringContaining("Ceramic Gift Mug"),
            price: 24.9,
            quantity: 2,
          }),
        ],
      })
      expect(await createCalls(order_id)).toMatchObject({ accepted: 1 })

      // The recipient opens the link and submits the plain HTML form.
      const page = await fetch(gift.recipient_link!)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain("Ceramic Gift Mug")
      const submitted = await fetch(gift.recipient_link!, {
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

      // A poll cycle, once the gift is due, stores the confirmation.
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      const [row] = await gifting.listGiftOrders({ order_id })
      await gifting.updateGiftOrders({ id: row.id, next_poll_at: new Date(Date.now() - 1000) })
      await pollGiftOrdersJob(getContainer())

      const { data } = await api.get(`/admin/gifting/orders/${order_id}`, fixture.admin)
      expect(data.gift_order).toMatchObject({
        order_id,
        status: "confirmed",
        recipient: {
          name: "Rosa Recipient",
          email: "rosa@example.com",
          phone: "+44 20 7946 0958",
          address: "4 Orchard Row\nLondon N1 7GU",
        },
        requested_recipient: {
          name: "Rosa Recipient",
          email: "rosa@example.com",
          gift_message: "Happy birthday!",
        },
        sync: expect.objectContaining({ state: "synced", next_poll_at: null }),
      })
      expect((await storeGift(order_id)).confirmed_at).not.toBeNull()

      // A confirmed gift is never polled again.
      const before = (await giftyzet.control<{ total: number }>("GET", "/stats")).total
      await gifting.updateGiftOrders({ id: row.id, next_poll_at: new Date(Date.now() - 1000) })
      await pollGiftOrdersJob(getContainer())
      expect((await giftyzet.control<{ total: number }>("GET", "/stats")).total).toBe(before)
    })

    it("answers 404 on the store route for an order without a gift", async () => {
      const manual = await fixture.createShippingOption({
        name: "Standard",
        providerId: "manual_manual",
        optionData: { id: "manual-fulfillment" },
        price: 3,
      })
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: manual.id,
      })
      const response = await api.get(`/store/gifting/orders/${order_id}`, {
        ...fixture.storeHeaders,
        validateStatus: () => true,
      })
      expect(response.status).toBe(404)
    })

    it("adopts the order when the create's answer was lost, so Giftyzet holds exactly one", async () => {
      await giftyzet.control("POST", "/faults", { kind: "fail_after_commit", mode: "drop", count: 1 })

      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })

      const gift = await waitForLink(order_id)
      expect(gift.recipient_link).toContain("/gift-receiver/")
      expect(await createCalls(order_id)).toMatchObject({ accepted: 1, conflicts: 1 })
    })

    it("ends every order of a faulty batch with exactly one Giftyzet order", async () => {
      await giftyzet.control("POST", "/faults", {
        kind: "error",
        count: 6,
        path_prefix: "/api/plugin/v1/orders",
      })
      await giftyzet.control("POST", "/faults", { kind: "hang", count: 1, method: "POST", hang_ms: 5000 })

      const orderIds: string[] = []
      for (let index = 0; index < 4; index++) {
        orderIds.push(
          (
            await checkout(api as AxiosInstance, fixture, {
              variantId,
              shippingOptionId: giftOptionId,
              shippingData: RECIPIENT,
            })
          ).order_id
        )
      }

      // Whatever failed is retried by the retry job once its backoff is due.
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      await eventually(async () => {
        const rows = await gifting.listGiftOrders({ order_id: orderIds })
        const failed = rows.filter((row) => row.sync_state === "failed")
        for (const row of failed) {
          await gifting.updateGiftOrders({ id: row.id, next_attempt_at: new Date(Date.now() - 1000) })
        }
        if (failed.length) await retryGiftSyncJob(getContainer())
        return (
          rows.length === orderIds.length &&
          rows.every((row) => row.sync_state === "synced" && row.recipient_link)
        )
      }, 60_000)

      for (const orderId of orderIds) {
        expect(await createCalls(orderId)).toMatchObject({ accepted: 1 })
      }
    })

    it("heals a lost order.placed: reconciliation finds the gift and adopts the existing Giftyzet order", async () => {
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })
      const { recipient_link } = await waitForLink(order_id)

      // Forget the gift as if the process had died before recording it.
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      const [row] = await gifting.listGiftOrders({ order_id })
      await getContainer()
        .resolve(ContainerRegistrationKeys.LINK)
        .dismiss({ [Modules.ORDER]: { order_id }, [GIFTING_MODULE]: { gift_order_id: row.id } })
      await gifting.deleteGiftOrders(row.id)
      const missing = await api.get(`/store/gifting/orders/${order_id}`, {
        ...fixture.storeHeaders,
        validateStatus: () => true,
      })
      expect(missing.status).toBe(404)

      expect(await reconcileGiftOrdersJob(getContainer())).toEqual({ ran: true, result: 1 })

      const healed = await storeGift(order_id)
      expect(healed.recipient_link).toBe(recipient_link)
      expect(await createCalls(order_id)).toMatchObject({ accepted: 1, conflicts: 1 })
      expect(await reconcileGiftOrdersJob(getContainer())).toEqual({ ran: true, result: 0 })
    })

    async function fulfilGift(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=*items`, fixture.admin)
      return api.post(
        `/admin/orders/${orderId}/fulfillments?fields=fulfillments.id,fulfillments.data,fulfillments.items.*`,
        {
          location_id: fixture.stockLocationId,
          items: data.order.items.map((item: { id: string; quantity: number }) => ({
            id: item.id,
            quantity: item.quantity,
          })),
        },
        { ...fixture.admin, validateStatus: () => true }
      )
    }

    it("lets staff fulfil a gift only once the recipient confirmed, and reports dispatch and delivery", async () => {
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })
      await waitForLink(order_id)

      const early = await fulfilGift(order_id)
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("still waiting for the recipient")

      const { orders } = await giftyzet.control<{ orders: { id: string }[] }>(
        "GET",
        `/orders?external_order_id=${order_id}`
      )
      await giftyzet.control("POST", `/orders/${orders[0].id}/confirm`, {
        receiver_name: "Rosa Recipient",
        receiver_address: "4 Orchard Row, London",
      })
      // This deployment is of the newer generation: it accepts status reports.
      await giftyzet.control("POST", "/config", { generation: "newer" })

      const fulfilled = await fulfilGift(order_id)
      expect(fulfilled.status).toBe(200)
      const fulfillment = fulfilled.data.order.fulfillments[0]
      // The fulfillment names the Giftyzet order only; staff read the address in the gift widget.
      expect(fulfillment.data).toMatchObject({ giftyzet_order_id: orders[0].id })
      expect(JSON.stringify(fulfillment.data)).not.toContain("Orchard Row")

      await api.post(
        `/admin/orders/${order_id}/fulfillments/${fulfillment.id}/shipments`,
        {
          items: fulfillment.items.map((item: { line_item_id: string; quantity: number }) => ({
            id: item.line_item_id,
            quantity: item.quantity,
          })),
        },
        fixture.admin
      )
      await eventually(async () => {
        const { data } = await api.get(`/admin/gifting/orders/${order_id}`, fixture.admin)
        return data.gift_order.status === "dispatched"
      })
      await api.post(
        `/admin/orders/${order_id}/fulfillments/${fulfillment.id}/mark-as-delivered`,
        {},
        fixture.admin
      )
      const delivered = await eventually(async () => {
        const { data } = await api.get(`/admin/gifting/orders/${order_id}`, fixture.admin)
        return data.gift_order.status === "delivered" ? data.gift_order : undefined
      })
      expect(delivered.status_reports.map((report: { status: string; outcome: string }) => report)).toEqual([
        expect.objectContaining({ status: "dispatched", outcome: "reported" }),
        expect.objectContaining({ status: "delivered", outcome: "reported" }),
      ])
      const partner = await giftyzet.control<{ order: { status: string } }>("GET", `/orders/${orders[0].id}`)
      expect(partner.order.status).toBe("delivered")
    })

    it("records that an older deployment cannot take status reports when an order is cancelled", async () => {
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })
      await waitForLink(order_id)

      await api.post(`/admin/orders/${order_id}/cancel`, {}, fixture.admin)

      const gift = await eventually(async () => {
        const { data } = await api.get(`/admin/gifting/orders/${order_id}`, fixture.admin)
        return data.gift_order.status_reports.length ? data.gift_order : undefined
      })
      expect(gift.status_reports).toEqual([
        expect.objectContaining({ status: "cancelled", outcome: "not_supported" }),
      ])
      expect(gift.status).toBe("pending")
    })

    it("lets staff refresh the status now through the admin sync route", async () => {
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })
      await waitForLink(order_id)
      const { orders } = await giftyzet.control<{ orders: { id: string }[] }>(
        "GET",
        `/orders?external_order_id=${order_id}`
      )
      await giftyzet.control("POST", `/orders/${orders[0].id}/confirm`, {
        receiver_address: "9 Elm Street, Dublin",
      })

      // Staff press Refresh three times while the poll job reads the same gift: the
      // confirmation is stored by all of them and announced once.
      const announced: unknown[] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const countConfirmation = async (event: { data: unknown }) => {
        if ((event.data as { order_id?: string }).order_id === order_id) announced.push(event.data)
      }
      eventBus.subscribe(GIFT_ORDER_CONFIRMED_EVENT, countConfirmation)
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      const [row] = await gifting.listGiftOrders({ order_id })
      await gifting.updateGiftOrders({ id: row.id, next_poll_at: new Date(Date.now() - 1000) })
      const [{ data }, ...others] = await Promise.all([
        api.post(`/admin/gifting/orders/${order_id}/sync`, {}, fixture.admin),
        api.post(`/admin/gifting/orders/${order_id}/sync`, {}, fixture.admin),
        api.post(`/admin/gifting/orders/${order_id}/sync`, {}, fixture.admin),
        pollGiftOrdersJob(getContainer()),
      ])
      expect(data.gift_order.status).toBe("confirmed")
      expect(data.gift_order.recipient.address).toBe("9 Elm Street, Dublin")
      for (const other of others.slice(0, 2)) {
        expect((other as { data: typeof data }).data.gift_order.status).toBe("confirmed")
      }
      await eventually(async () => announced.length > 0)
      // Subscribers run after the workflows; give a second announcement time to show up.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(announced).toHaveLength(1)
      eventBus.unsubscribe(GIFT_ORDER_CONFIRMED_EVENT, countConfirmation)

      const list = await api.get("/admin/gifting/gift-orders?status=confirmed", fixture.admin)
      expect(list.data.gift_orders.map((gift: { order_id: string }) => gift.order_id)).toContain(order_id)
    })
  },
})
