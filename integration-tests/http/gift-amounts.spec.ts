import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { checkout, createStoreFixture, prepareCart, providerOption } from "../helpers/store-fixture"

jest.setTimeout(240_000)

const giftyzet = useGiftyzetSandbox()
const GIFT_PROVIDER = "giftyzet_giftyzet"
const MANUAL_PROVIDER = "manual_manual"
const RECIPIENT = { receiver_name: "Rosa Recipient", receiver_email: "rosa@example.com" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeEach(async () => {
      await giftyzet.control("POST", "/reset")
    })

    async function partnerOrders(orderId: string): Promise<Record<string, unknown>[]> {
      const { orders } = await giftyzet.control<{ orders: Record<string, unknown>[] }>(
        "GET",
        `/orders?external_order_id=${orderId}`
      )
      return orders
    }

    /** A store with one shipping option of `providerId` and one product. */
    async function storeWith(
      providerId: string,
      shippingPrice: number,
      product: { title: string; price: number },
      currency: "eur" | "gbp" = "eur"
    ) {
      const fixture = await createStoreFixture(getContainer(), api, { currency, providers: [GIFT_PROVIDER] })
      const optionData = await providerOption(api, fixture.admin, providerId)
      const { id: shippingOptionId } = await fixture.createShippingOption({
        name: providerId,
        providerId,
        optionData,
        price: shippingPrice,
      })
      const { variantId } = await fixture.createProduct(product)
      return { fixture, shippingOptionId, variantId }
    }

    it("sends a cheap item with dearer gift shipping as net parts that add up to the total", async () => {
      const {
        fixture,
        shippingOptionId: giftOptionId,
        variantId,
      } = await storeWith(GIFT_PROVIDER, 10, {
        title: "Greeting Card",
        price: 5,
      })

      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        quantity: 3,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      })

      const [sent] = await eventually(async () => {
        const orders = await partnerOrders(order_id)
        return orders.length > 0 ? orders : undefined
      })
      expect(sent).toMatchObject({
        items: [expect.objectContaining({ price: 5, quantity: 3 })],
        subtotal: 15,
        shipping: 10,
        tax: 0,
        total: 25,
      })
    })

    it("refuses the gift shipping method for a cart in another currency than the Giftyzet store's", async () => {
      const {
        fixture,
        shippingOptionId: giftOptionId,
        variantId,
      } = await storeWith(GIFT_PROVIDER, 4, { title: "Tea", price: 12 }, "gbp")

      const error = await prepareCart(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: giftOptionId,
        shippingData: RECIPIENT,
      }).catch((caught) => caught.response)

      expect(error.status).toBe(400)
      expect(error.data.message).toContain("only available for EUR orders")
      expect(error.data.message).toContain("in GBP")
    })

    it("makes no gift of gift data put on the manual option's shipping method", async () => {
      const {
        fixture,
        shippingOptionId: manualOptionId,
        variantId,
      } = await storeWith(MANUAL_PROVIDER, 3, {
        title: "Mug",
        price: 20,
      })

      const { order_id } = await checkout(api as AxiosInstance, fixture, {
        variantId,
        shippingOptionId: manualOptionId,
        shippingData: {
          kind: "giftyzet_gift",
          receiver_name: "x".repeat(5000),
          receiver_email: "a@example.com",
        },
      })

      // Give the order.placed subscriber time to run, then check nothing was made of it.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect(await partnerOrders(order_id)).toEqual([])
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      expect(await gifting.listGiftOrders({ order_id })).toEqual([])
    })
  },
})
