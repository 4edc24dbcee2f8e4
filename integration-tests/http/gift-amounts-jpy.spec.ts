import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { expectAmountRule, medusaTotals, sentGiftOf } from "../helpers/gift-amounts"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { applyPromotions, createPromotion } from "../helpers/promotions"
import {
  createStoreFixture,
  payAndComplete,
  prepareCart,
  providerOption,
  SHOPPER_ADDRESS,
} from "../helpers/store-fixture"

jest.setTimeout(240_000)

// A merchant whose Giftyzet store is in yen: the option is read at boot.
const giftyzet = useGiftyzetSandbox({}, { GIFTYZET_CURRENCY: "jpy" })
const GIFT_PROVIDER = "giftyzet_giftyzet"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance

    it("sends whole yen for a 0-decimal currency, rounding into tax only", async () => {
      const fixture = await createStoreFixture(getContainer(), http, {
        currency: "jpy",
        countries: ["jp"],
        providers: [GIFT_PROVIDER],
        taxRate: 10,
      })
      const { id: shippingOptionId } = await fixture.createShippingOption({
        name: "gift",
        providerId: GIFT_PROVIDER,
        optionData: await providerOption(http, fixture.admin, GIFT_PROVIDER),
        price: 500,
      })
      const { variantId } = await fixture.createProduct({ title: "Furoshiki", price: 999 })
      const fifteenPercent = await createPromotion(http, fixture.admin, {
        type: "percentage",
        target_type: "items",
        value: 15,
      })
      const cartId = await prepareCart(http, fixture, {
        variantId,
        shippingOptionId,
        shippingData: { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" },
        address: { ...SHOPPER_ADDRESS, city: "Tokyo", postal_code: "100-0001", country_code: "jp" },
      })
      await applyPromotions(http, fixture.storeHeaders, cartId, [fifteenPercent])
      const orderId = await payAndComplete(http, fixture, cartId)

      const sent = await sentGiftOf(giftyzet, orderId)
      expectAmountRule(sent, await medusaTotals(http, fixture.admin, orderId), 0)
      // 999 − 15 % = 849.15 net (+ 84.915 tax), shipping 500 (+ 50 tax): 1484.065 paid.
      expect(sent).toMatchObject({
        items: [{ name: "Furoshiki (Standard)", price: 849, quantity: 1 }],
        subtotal: 849,
        shipping: 500,
        tax: 135,
        total: 1484,
      })
    })
  },
})
