import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually } from "./giftyzet-sandbox"
import { checkout, createStoreFixture, providerOption } from "./store-fixture"

const GIFT_PROVIDER = "giftyzet_giftyzet"

export const NOTIFIED_RECIPIENT = {
  receiver_name: "Rosa Recipient",
  receiver_email: "Rosa.Notify@Example.com",
  receiver_phone: "+44 20 7946 0958",
  gift_message: "Happy birthday!",
}
/** Where the recipient-link notifications go: the address as normalised, the number as an `sms:` target. */
export const NOTIFIED_EMAIL = "rosa.notify@example.com"
export const NOTIFIED_PHONE = "+442079460958"

/** Places a paid gift order as a storefront does (against the Giftyzet sandbox) and waits for its recipient link. */
export async function placeGiftOrder(api: AxiosInstance, container: MedusaContainer) {
  const fixture = await createStoreFixture(container, api, { providers: [GIFT_PROVIDER] })
  const option = await fixture.createShippingOption({
    name: "Send as a gift",
    providerId: GIFT_PROVIDER,
    optionData: await providerOption(api, fixture.admin, GIFT_PROVIDER),
    price: 4.5,
  })
  const { variantId } = await fixture.createProduct({ title: "Ceramic Gift Mug", price: 24.9 })
  const { order_id } = await checkout(api, fixture, {
    variantId,
    shippingOptionId: option.id,
    shippingData: NOTIFIED_RECIPIENT,
  })
  const link = await eventually(async () => {
    const response = await api.get(`/store/gifting/orders/${order_id}`, {
      ...fixture.storeHeaders,
      validateStatus: () => true,
    })
    return (response.data?.gift_order?.recipient_link as string | null | undefined) ?? undefined
  })
  const [gift] = await container.resolve<GiftingModuleService>(GIFTING_MODULE).listGiftOrders({ order_id })
  return { order_id, gift_order_id: gift.id as string, link, fixture }
}

/** Every notification the Notification Module recorded for the recipient, oldest first. */
export async function recipientNotifications(container: MedusaContainer) {
  return container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .listNotifications({ to: [NOTIFIED_EMAIL, NOTIFIED_PHONE] }, { order: { created_at: "ASC" } })
}
