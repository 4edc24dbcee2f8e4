import { createCartCreditLinesWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { expectAmountRule, giftyzetCreateCalls, medusaTotals, sentGiftOf } from "../helpers/gift-amounts"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { applyPromotions, createPromotion } from "../helpers/promotions"
import {
  checkout,
  createStoreFixture,
  payAndComplete,
  prepareCart,
  providerOption,
  SHOPPER_ADDRESS,
  type StoreFixtureInput,
} from "../helpers/store-fixture"

jest.setTimeout(240_000)

const giftyzet = useGiftyzetSandbox()
const GIFT_PROVIDER = "giftyzet_giftyzet"
const MANUAL_PROVIDER = "manual_manual"
const RECIPIENT = { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" }

/**
 * Real orders placed through the Store API on the booted dev store, with what
 * real stores sell: promotions, free gift shipping, tax on top and included,
 * uneven splits, store credit, other currencies. Each asserts the payload the
 * Giftyzet sandbox stored against the amount rule (docs/amounts.md).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance

    beforeEach(async () => {
      await giftyzet.control("POST", "/reset")
    })

    /** A store with one shipping option of `providerId` and one product. */
    async function storeWith(
      providerId: string,
      shippingPrice: number,
      product: { title: string; price: number },
      store: Omit<StoreFixtureInput, "providers"> = {}
    ) {
      const fixture = await createStoreFixture(getContainer(), http, { ...store, providers: [GIFT_PROVIDER] })
      const optionData = await providerOption(http, fixture.admin, providerId)
      const { id: shippingOptionId } = await fixture.createShippingOption({
        name: providerId,
        providerId,
        optionData,
        price: shippingPrice,
      })
      const { variantId } = await fixture.createProduct(product)
      return { fixture, shippingOptionId, variantId }
    }

    /** Places a gift order (with promotion codes applied before payment) and reads what Giftyzet got. */
    async function placeGift(
      setup: Awaited<ReturnType<typeof storeWith>>,
      { quantity = 1, promoCodes = [] }: { quantity?: number; promoCodes?: string[] } = {}
    ) {
      const { fixture, shippingOptionId, variantId } = setup
      const cartId = await prepareCart(http, fixture, {
        variantId,
        quantity,
        shippingOptionId,
        shippingData: RECIPIENT,
      })
      if (promoCodes.length > 0) await applyPromotions(http, fixture.storeHeaders, cartId, promoCodes)
      const orderId = await payAndComplete(http, fixture, cartId)
      const sent = await sentGiftOf(giftyzet, orderId)
      expectAmountRule(sent, await medusaTotals(http, fixture.admin, orderId), 2)
      return sent
    }

    it("sends a cheap item with dearer gift shipping as net parts that add up to the total", async () => {
      const sent = await placeGift(await storeWith(GIFT_PROVIDER, 10, { title: "Greeting Card", price: 5 }), {
        quantity: 3,
      })
      expect(sent).toMatchObject({
        items: [expect.objectContaining({ price: 5, quantity: 3 })],
        subtotal: 15,
        shipping: 10,
        tax: 0,
        total: 25,
      })
    })

    it("sends item prices after a percentage and a fixed item promotion", async () => {
      const setup = await storeWith(GIFT_PROVIDER, 4, { title: "Scarf", price: 20 })
      const { admin } = setup.fixture
      const tenPercent = await createPromotion(http, admin, {
        type: "percentage",
        target_type: "items",
        value: 10,
      })
      const fiveOff = await createPromotion(http, admin, {
        type: "fixed",
        target_type: "items",
        value: 5,
        currency_code: "eur",
      })

      expect(await placeGift(setup, { promoCodes: [tenPercent] })).toMatchObject({
        items: [{ name: "Scarf (Standard)", price: 18, quantity: 1 }],
        subtotal: 18,
        shipping: 4,
        tax: 0,
        total: 22,
      })
      expect(await placeGift(setup, { promoCodes: [fiveOff] })).toMatchObject({
        items: [{ name: "Scarf (Standard)", price: 15, quantity: 1 }],
        subtotal: 15,
        shipping: 4,
        tax: 0,
        total: 19,
      })
    })

    it("sends free gift shipping as 0 and the items at their price when the item is cheaper than the shipping", async () => {
      const setup = await storeWith(GIFT_PROVIDER, 10, { title: "Bookmark", price: 5 })
      const { data } = await http.get(
        `/admin/shipping-options/${setup.shippingOptionId}?fields=id,type.id`,
        setup.fixture.admin
      )
      const freeGiftShipping = await createPromotion(http, setup.fixture.admin, {
        type: "percentage",
        target_type: "shipping_methods",
        value: 100,
        shippingOptionTypeId: data.shipping_option.type.id,
      })

      expect(await placeGift(setup, { promoCodes: [freeGiftShipping] })).toMatchObject({
        items: [{ name: "Bookmark (Standard)", price: 5, quantity: 1 }],
        subtotal: 5,
        shipping: 0,
        tax: 0,
        total: 5,
      })
    })

    it("sends net prices and the order's tax in a tax-exclusive region", async () => {
      const setup = await storeWith(GIFT_PROVIDER, 5, { title: "Candle", price: 10 }, { taxRate: 19 })
      // 10.00 + 19 % = 11.90, shipping 5.00 + 19 % = 5.95.
      expect(await placeGift(setup)).toMatchObject({
        items: [{ name: "Candle (Standard)", price: 10, quantity: 1 }],
        subtotal: 10,
        shipping: 5,
        tax: 2.85,
        total: 17.85,
      })
    })

    it("sends net prices, not the gross shelf prices, in a tax-inclusive region", async () => {
      const setup = await storeWith(
        GIFT_PROVIDER,
        5.95,
        { title: "Candle", price: 11.9 },
        { taxRate: 19, taxInclusive: true }
      )
      // 11.90 and 5.95 include 19 %: nets 10.00 and 5.00.
      expect(await placeGift(setup)).toMatchObject({
        items: [{ name: "Candle (Standard)", price: 10, quantity: 1 }],
        subtotal: 10,
        shipping: 5,
        tax: 2.85,
        total: 17.85,
      })
    })

    it("splits a discounted line that does not divide by its quantity into two prices a cent apart", async () => {
      const setup = await storeWith(GIFT_PROVIDER, 4, { title: "Tea", price: 5 })
      const fiveOff = await createPromotion(http, setup.fixture.admin, {
        type: "fixed",
        target_type: "items",
        value: 5,
        currency_code: "eur",
      })

      // 3 × 5.00 − 5.00 = 10.00 for 3 units.
      expect(await placeGift(setup, { quantity: 3, promoCodes: [fiveOff] })).toMatchObject({
        items: [
          { name: "Tea (Standard)", price: 3.33, quantity: 2 },
          { name: "Tea (Standard)", price: 3.34, quantity: 1 },
        ],
        subtotal: 10,
        shipping: 4,
        tax: 0,
        total: 14,
      })
    })

    it("sends what the goods cost when store credit (a cart credit line) paid part of them", async () => {
      const { fixture, shippingOptionId, variantId } = await storeWith(GIFT_PROVIDER, 5, {
        title: "Vase",
        price: 30,
      })
      const cartId = await prepareCart(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: RECIPIENT,
      })
      // Medusa 2.21 has no Store or Admin route for a cart's credit lines; a
      // gift-card or store-credit plugin adds them with this workflow.
      await createCartCreditLinesWorkflow(getContainer()).run({
        input: [
          { cart_id: cartId, amount: 10, reference: "store_credit", reference_id: "sc_test", metadata: null },
        ],
      })
      const orderId = await payAndComplete(http, fixture, cartId)

      const medusa = await medusaTotals(http, fixture.admin, orderId)
      expect(medusa).toMatchObject({ total: 25, credit_line_total: 10 })
      const sent = await sentGiftOf(giftyzet, orderId)
      expectAmountRule(sent, medusa, 2)
      expect(sent).toMatchObject({ subtotal: 30, shipping: 5, tax: 0, total: 35 })
    })

    it("refuses to complete a gift cart that a 100 % promotion makes free, before any order or Giftyzet call", async () => {
      const setup = await storeWith(GIFT_PROVIDER, 0, { title: "Sample", price: 8 })
      const { fixture, shippingOptionId, variantId } = setup
      const allFree = await createPromotion(http, fixture.admin, {
        type: "percentage",
        target_type: "items",
        value: 100,
      })
      const cartId = await prepareCart(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: RECIPIENT,
      })
      await applyPromotions(http, fixture.storeHeaders, cartId, [allFree])

      // A free cart needs no payment session in Medusa: the storefront completes it directly.
      const refused = await http
        .post(`/store/carts/${cartId}/complete`, {}, fixture.storeHeaders)
        .catch((error) => error.response)

      expect(refused?.status).toBe(400)
      expect(refused.data.message).toContain("Send as a gift needs a total above 0 EUR")
      const { data: cartBody } = await http.get(`/store/carts/${cartId}`, fixture.storeHeaders)
      expect(cartBody.cart.completed_at).toBeNull()
      const { data: orders } = await http.get("/admin/orders?fields=id", fixture.admin)
      expect(orders.orders).toEqual([])
      expect(await giftyzetCreateCalls(giftyzet)).toBe(0)
    })

    it("refuses to complete a gift cart whose total with the gift shipping is over Giftyzet's maximum", async () => {
      // The items alone (99,999,999.00) pass the shipping-method check; the shipping makes it too much.
      const { fixture, shippingOptionId, variantId } = await storeWith(GIFT_PROVIDER, 5, {
        title: "Island",
        price: 99_999_999,
      })
      const cartId = await prepareCart(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: RECIPIENT,
      })

      const refused = await payAndComplete(http, fixture, cartId).catch((error) => error.response)

      expect(refused?.status).toBe(400)
      expect(refused.data.message).toContain("Send as a gift takes totals up to 99999999.99 EUR")
      const { data: orders } = await http.get("/admin/orders?fields=id", fixture.admin)
      expect(orders.orders).toEqual([])
      expect(await giftyzetCreateCalls(giftyzet)).toBe(0)
    })

    it("refuses the gift shipping method for a cart in another currency than the Giftyzet store's", async () => {
      const { fixture, shippingOptionId, variantId } = await storeWith(
        GIFT_PROVIDER,
        4,
        { title: "Tea", price: 12 },
        { currency: "gbp" }
      )

      const error = await prepareCart(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: RECIPIENT,
      }).catch((caught) => caught.response)

      expect(error.status).toBe(400)
      expect(error.data.message).toContain("only available for EUR orders")
      expect(error.data.message).toContain("in GBP")
    })

    it("refuses the gift shipping method for a 3-decimal currency (KWD), and nothing reaches Giftyzet", async () => {
      const { fixture, shippingOptionId, variantId } = await storeWith(
        GIFT_PROVIDER,
        1.25,
        { title: "Dates", price: 3.125 },
        { currency: "kwd", countries: ["kw"] }
      )

      const error = await prepareCart(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: RECIPIENT,
        address: { ...SHOPPER_ADDRESS, city: "Kuwait City", postal_code: "13001", country_code: "kw" },
      }).catch((caught) => caught.response)

      expect(error.status).toBe(400)
      expect(error.data.message).toContain("only available for EUR orders")
      expect(error.data.message).toContain("in KWD")
      expect(await giftyzetCreateCalls(giftyzet)).toBe(0)
    })

    it("makes no gift of gift data put on the manual option's shipping method", async () => {
      const { fixture, shippingOptionId, variantId } = await storeWith(MANUAL_PROVIDER, 3, {
        title: "Mug",
        price: 20,
      })

      const { order_id } = await checkout(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: {
          kind: "giftyzet_gift",
          recipient_name: "x".repeat(5000),
          recipient_email: "a@example.com",
        },
      })

      // Give the order.placed subscriber time to run, then check nothing was made of it.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect(await giftyzetCreateCalls(giftyzet)).toBe(0)
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      expect(await gifting.listGiftOrders({ order_id })).toEqual([])
    })
  },
})
