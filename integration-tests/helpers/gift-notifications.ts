import { randomUUID } from "node:crypto"
import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { GIFTING_MODULE } from "../../src/modules/gifting"
import type GiftingModuleService from "../../src/modules/gifting/service"
import { eventually } from "./giftyzet-sandbox"
import { checkout, createStoreFixture, providerOption, type StoreFixture } from "./store-fixture"

const GIFT_PROVIDER = "giftyzet_giftyzet"

export const NOTIFIED_RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "Rosa.Notify@Example.com",
  // A German mobile: the store's region ships to Germany, and an SMS goes only to mobile numbers.
  recipient_phone: "+49 151 2345 6789",
  gift_message: "Happy birthday!",
}
/** Where the recipient-link notifications go: the address as normalised, the number as an `sms:` target. */
export const NOTIFIED_EMAIL = "rosa.notify@example.com"
export const NOTIFIED_PHONE = "+4915123456789"

/**
 * Places a paid gift order as a storefront does (against the Giftyzet sandbox), without waiting for
 * anything after; by default to `NOTIFIED_RECIPIENT`, in a new store whose one region ships to Germany.
 */
export async function checkoutGiftOrder(
  api: AxiosInstance,
  container: MedusaContainer,
  {
    recipient = NOTIFIED_RECIPIENT,
    buyerEmail,
    store,
  }: { recipient?: Record<string, string>; buyerEmail?: string; store?: StoreFixture } = {}
) {
  const fixture = store ?? (await createStoreFixture(container, api, { providers: [GIFT_PROVIDER] }))
  const option = await fixture.createShippingOption({
    name: "Send as a gift",
    providerId: GIFT_PROVIDER,
    optionData: await providerOption(api, fixture.admin, GIFT_PROVIDER),
    price: 4.5,
  })
  const { variantId } = await fixture.createProduct({
    title: `Ceramic Gift Mug ${randomUUID().slice(0, 8)}`,
    price: 24.9,
  })
  const { order_id } = await checkout(api, fixture, {
    variantId,
    shippingOptionId: option.id,
    shippingData: recipient,
    email: buyerEmail,
  })
  return { order_id, fixture }
}

/** `checkoutGiftOrder`, then waits for the gift's recipient link. */
export async function placeGiftOrder(
  api: AxiosInstance,
  container: MedusaContainer,
  options: { recipient?: Record<string, string>; buyerEmail?: string; store?: StoreFixture } = {}
) {
  const { order_id, fixture } = await checkoutGiftOrder(api, container, options)
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

/** Every recipient-link notification of a gift once none is pending any more, oldest first. */
export async function settledNotificationsOf(container: MedusaContainer, giftOrderId: string, count: number) {
  return eventually(async () => {
    const rows = await container
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .listNotifications({ resource_id: giftOrderId }, { order: { created_at: "ASC" } })
    return rows.length >= count && rows.every((row) => row.status !== "pending") ? rows : undefined
  })
}

/** Every notification the Notification Module recorded for the recipient, oldest first. */
export async function recipientNotifications(container: MedusaContainer) {
  return container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .listNotifications({ to: [NOTIFIED_EMAIL, NOTIFIED_PHONE] }, { order: { created_at: "ASC" } })
}
