import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { checkout, createStoreFixture, providerOption } from "../helpers/store-fixture"

jest.setTimeout(240_000)

useGiftyzetSandbox()
const GIFT_PROVIDER = "giftyzet_giftyzet"

// What the recipient types on Giftyzet's page; none of it may be readable from a store route.
const CONFIRMED = {
  receiver_name: "Rosa Recipient",
  receiver_email: "rosa.private@example.org",
  receiver_phone: "+44 7400 987654",
  receiver_address: "4 Orchard Row\nLondon N1 7GU\nUnited Kingdom",
}
const SECRETS = ["rosa.private@example.org", "7400 987654", "7400987654", "Orchard Row", "N1 7GU"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("keeps the recipient's confirmed address, email and phone off every store route", async () => {
      const fixture = await createStoreFixture(getContainer(), api, { providers: [GIFT_PROVIDER] })
      const option = await fixture.createShippingOption({
        name: "Send as a gift",
        providerId: GIFT_PROVIDER,
        optionData: await providerOption(api, fixture.admin, GIFT_PROVIDER),
        price: 4.5,
      })
      const { variantId } = await fixture.createProduct({ title: "Ceramic Gift Mug", price: 24.9 })
      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: option.id,
        shippingData: { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" },
      })

      // A clean client: the publishable key only, no cookie, no token.
      const clean = {
        headers: { "x-publishable-api-key": fixture.publishableKey },
        validateStatus: () => true,
      }
      async function storeViews() {
        const core = await api.get(
          `/store/orders/${order_id}?fields=*shipping_address,*billing_address,*shipping_methods,*fulfillments`,
          clean
        )
        const plugin = await api.get(`/store/gifting/orders/${order_id}`, clean)
        expect([core.status, plugin.status]).toEqual([200, 200])
        return { core: core.data, plugin: plugin.data, text: JSON.stringify([core.data, plugin.data]) }
      }

      const pending = await eventually(async () => {
        const views = await storeViews()
        return views.plugin.gift_order.recipient_link ? views : undefined
      })
      expect(pending.plugin.gift_order.status).toBe("pending")

      // The recipient confirms on Giftyzet's page behind the link; a poll stores it.
      const submitted = await fetch(pending.plugin.gift_order.recipient_link, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(CONFIRMED),
      })
      expect(submitted.status).toBe(200)
      const { data: synced } = await api.post(`/admin/gifting/orders/${order_id}/sync`, {}, fixture.admin)
      expect(synced.gift_order).toMatchObject({
        status: "confirmed",
        recipient: { email: CONFIRMED.receiver_email, address: CONFIRMED.receiver_address },
      })

      const confirmed = await storeViews()
      // Status and time only: the link is not handed out any more.
      expect(confirmed.plugin.gift_order).toEqual({
        status: "confirmed",
        recipient_link: null,
        link_state: "closed",
        order_number: expect.any(String),
        confirmed_at: expect.any(String),
        // The claim deadline is only given while the gift is pending.
        claim_deadline: null,
      })

      // Staff fulfil the gift.
      const { data: orderBody } = await api.get(`/admin/orders/${order_id}?fields=*items`, fixture.admin)
      const fulfilled = await api.post(
        `/admin/orders/${order_id}/fulfillments`,
        {
          location_id: fixture.stockLocationId,
          items: orderBody.order.items.map((item: { id: string; quantity: number }) => ({
            id: item.id,
            quantity: item.quantity,
          })),
        },
        { ...fixture.admin, validateStatus: () => true }
      )
      expect(fulfilled.status).toBe(200)
      const fulfilledView = await storeViews()
      expect(fulfilledView.core.order.fulfillments).toHaveLength(1)

      for (const view of [pending, confirmed, fulfilledView]) {
        for (const secret of SECRETS) expect(view.text).not.toContain(secret)
      }

      // The gift row still holds it for staff.
      const [gift] = await getContainer()
        .resolve<GiftingModuleService>(GIFTING_MODULE)
        .listGiftOrders({ order_id })
      expect(gift.recipient_address).toBe(CONFIRMED.receiver_address)
    })
  },
})
