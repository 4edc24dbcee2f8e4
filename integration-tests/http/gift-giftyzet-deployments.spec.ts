import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import retryGiftSyncJob from "../../src/jobs/retry-gift-sync"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually, useGiftyzetSandbox } from "../helpers/giftyzet-sandbox"
import { checkout, createStoreFixture, providerOption, type StoreFixture } from "../helpers/store-fixture"

jest.setTimeout(180_000)

const giftyzet = useGiftyzetSandbox()
const GIFT_PROVIDER = "giftyzet_giftyzet"
const RECIPIENT = { recipient_name: "Rosa Recipient", recipient_email: "rosa@example.com" }

type AdminGift = {
  link_state: string
  recipient_link: string | null
  giftyzet_order_id: string | null
  sync: { state: string; attempts: number; last_error: string | null; next_attempt_at: string | null }
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

    const placeGift = async () =>
      (
        await checkout(api as AxiosInstance, fixture, {
          variantId,
          shippingOptionId: giftOptionId,
          shippingData: RECIPIENT,
        })
      ).order_id

    const adminGift = async (orderId: string): Promise<AdminGift> =>
      (await api.get(`/admin/gifting/orders/${orderId}`, fixture.admin)).data.gift_order

    const storeGift = async (orderId: string) =>
      (await api.get(`/store/gifting/orders/${orderId}`, fixture.storeHeaders)).data.gift_order

    it("on a deployment that answers 410, retries nothing, ends the gift refused, and the settings status says why", async () => {
      await giftyzet.control("POST", "/config", { generation: "newer" })
      const order_id = await placeGift()

      const gift = await eventually(async () => {
        const found = await adminGift(order_id).catch(() => undefined)
        return found?.sync.state === "failed" ? found : undefined
      })
      expect(gift.sync).toMatchObject({ attempts: 1, next_attempt_at: null })
      expect(gift.sync.last_error).toMatch(/^Giftyzet no longer accepts orders from plugins \(HTTP 410\)/)
      expect(gift.sync.last_error).toContain("orders are created by Giftyzet's hosted checkout")
      expect(gift.link_state).toBe("unavailable")
      expect((await storeGift(order_id)).link_state).toBe("unavailable")

      // Nothing is retried: not by the client, not by the retry job.
      const gifting = getContainer().resolve<GiftingModuleService>(GIFTING_MODULE)
      await retryGiftSyncJob(getContainer())
      expect(await giftyzet.control("GET", `/create-calls/${order_id}`)).toMatchObject({
        received: 1,
        accepted: 0,
      })
      const [row] = await gifting.listGiftOrders({ order_id })
      expect(row.sync_attempts).toBe(1)

      const status = (await api.get("/admin/gifting/status", fixture.admin)).data
      expect(status.giftyzet_hosted_checkout).toEqual({
        message: expect.stringContaining("orders are created by Giftyzet's hosted checkout"),
        docs_url: expect.stringMatching(/README|#when-giftyzet-answers-410$/),
        order_id,
        refused_at: expect.any(String),
      })
      expect(status.giftyzet_hosted_checkout.message).toContain("no longer accepts orders from plugins")

      // Pointed at a deployment that takes orders again, staff retry: the notice goes.
      await giftyzet.control("POST", "/config", { generation: "documented" })
      const retried = await api.post(`/admin/gifting/orders/${order_id}/sync`, {}, fixture.admin)
      expect(retried.data.gift_order.sync.state).toBe("synced")
      expect((await api.get("/admin/gifting/status", fixture.admin)).data.giftyzet_hosted_checkout).toBeNull()
    })

    it("a gift adopted through 409 on a deployment whose GET has no link is shown as synced without a link, never as healthy", async () => {
      await giftyzet.control("POST", "/config", { generation: "newer-with-create" })
      await giftyzet.control("POST", "/faults", { kind: "fail_after_commit", mode: "drop", count: 1 })
      const order_id = await placeGift()

      const gift = await eventually(async () => {
        const found = await adminGift(order_id).catch(() => undefined)
        return found?.sync.state === "synced" ? found : undefined
      })
      expect(await giftyzet.control("GET", `/create-calls/${order_id}`)).toMatchObject({
        accepted: 1,
        conflicts: 1,
      })
      expect(gift.giftyzet_order_id).toEqual(expect.any(String))
      expect(gift.recipient_link).toBeNull()
      expect(gift.link_state).toBe("unavailable")

      const store = await storeGift(order_id)
      expect(store).toMatchObject({ status: "pending", recipient_link: null, link_state: "unavailable" })

      // A gift created normally on the same deployment is available.
      const healthy = await placeGift()
      const fine = await eventually(async () => {
        const found = await storeGift(healthy).catch(() => undefined)
        return found?.recipient_link ? found : undefined
      })
      expect(fine.link_state).toBe("available")
    })
  },
})
