import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { buildGiftyzetOrderPayload } from "../../src/lib/gifting/build-giftyzet-order-payload"
import { GIFT_SHIPPING_DATA_KIND } from "../../src/lib/gifting/gift-shipping-data"
import type { GiftOrderRecord } from "../../src/lib/gifting/gift-order-records"
import type { GiftyzetCreateOrderInput } from "../../src/lib/giftyzet"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import {
  createGiftyzetOrderStep,
  type CreateGiftyzetOrderInput,
} from "../../src/workflows/gift-orders/steps/create-giftyzet-order"
import { GIFTYZET_HOSTED_CHECKOUT_ERROR } from "../../src/workflows/gift-orders/giftyzet-hosted-checkout"
import { useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"

jest.setTimeout(60_000)

/** The step alone, in a one-step workflow. */
const createGiftyzetOrderAlone = createWorkflow(
  "test-create-giftyzet-order-step",
  (input: CreateGiftyzetOrderInput) => new WorkflowResponse(createGiftyzetOrderStep(input))
)

function payloadFor(orderId: string): GiftyzetCreateOrderInput {
  const result = buildGiftyzetOrderPayload(
    {
      id: orderId,
      email: "jane@example.com",
      currency_code: "eur",
      total: 29.9,
      tax_total: 0,
      shipping_total: 4.9,
      shipping_tax_total: 0,
      items: [{ product_title: "Ceramic Gift Mug", total: 25, tax_total: 0, quantity: 1 }],
      billing_address: { first_name: "Jane", last_name: "Buyer", phone: "+49 30 1234567" },
    },
    { kind: GIFT_SHIPPING_DATA_KIND, recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" },
    "eur"
  )
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result.payload
}

const giftyzet = useGiftyzetSandbox()

type CreateCalls = { received: number; accepted: number; conflicts: number }

moduleIntegrationTestRunner<GiftingModuleService>({
  moduleName: GIFTING_MODULE,
  resolve: "./src/modules/gifting",
  // Its own database, apart from the module runner's default one.
  dbName: "gifting-step-create-giftyzet-order",
  testSuite: ({ service, medusaApp }) => {
    const run = async (input: CreateGiftyzetOrderInput) =>
      (await createGiftyzetOrderAlone(medusaApp.sharedContainer as MedusaContainer).run({ input })).result

    const waitingGift = async (orderId: string, recipientLink: string | null = null) =>
      (await service.createGiftOrders({
        order_id: orderId,
        recipient_link: recipientLink,
      })) as GiftOrderRecord

    const createCalls = (orderId: string) => giftyzet.control<CreateCalls>("GET", `/create-calls/${orderId}`)

    beforeEach(async () => {
      await giftyzet.control("POST", "/reset")
    })

    it("creates the Giftyzet order of a gift that has none", async () => {
      const outcome = await run({
        gift_order: await waitingGift("order_new"),
        payload: payloadFor("order_new"),
      })

      expect(outcome).toMatchObject({ kind: "created", status: "pending" })
      expect(outcome).toHaveProperty("recipient_link", expect.stringContaining("http"))
      expect(await createCalls("order_new")).toMatchObject({ received: 1, accepted: 1, conflicts: 0 })
    })

    it("adopts on 409 the order whose create answer was lost, instead of creating a second one", async () => {
      const payload = payloadFor("order_lost_answer")
      // The first create went through at Giftyzet, but its answer never reached the store.
      const lost = await (await service.getGiftyzetClient()).createOrder(payload)

      const outcome = await run({ gift_order: await waitingGift("order_lost_answer"), payload })

      expect(outcome).toEqual({
        kind: "adopted",
        giftyzet_order_id: lost.order_id,
        order_number: lost.order_number,
        recipient_link: lost.recipient_link,
        status: "pending",
      })
      expect(await createCalls("order_lost_answer")).toMatchObject({ received: 2, accepted: 1, conflicts: 1 })
    })

    it("keeps the link it had when the deployment's GET no longer returns one", async () => {
      await giftyzet.control("POST", "/config", { generation: "newer-with-create" })
      const payload = payloadFor("order_newer")
      const lost = await (await service.getGiftyzetClient()).createOrder(payload)

      const outcome = await run({
        gift_order: await waitingGift("order_newer", "https://giftyzet.example/r/kept"),
        payload,
      })

      expect(outcome).toMatchObject({
        kind: "adopted",
        giftyzet_order_id: lost.order_id,
        recipient_link: "https://giftyzet.example/r/kept",
      })
    })

    it("records a 410 as not retryable, naming the hosted checkout", async () => {
      await giftyzet.control("POST", "/config", { gone: true })

      const outcome = await run({
        gift_order: await waitingGift("order_gone"),
        payload: payloadFor("order_gone"),
      })

      expect(outcome).toEqual({ kind: "failed", retryable: false, error: GIFTYZET_HOSTED_CHECKOUT_ERROR })
    })
  },
})
