import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { findRequestedRecipient } from "../../../lib/gifting/gift-order-lookup"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { ClaimMessage, ClaimNotificationPlanInput } from "../../../lib/gifting/claim-notifications"
import { notificationChannelsOf } from "../../../lib/gifting/notification-channels"
import { readSmsCountries } from "../sms-countries"
import type { GiftOrderRecord } from "../../../lib/gifting/gift-order-records"

type OrderRow = { email?: string | null; status?: string | null } | null | undefined
type StoreRow = { name?: string | null } | null | undefined

/** The order behind a gift, as the claim window needs it. */
export async function readClaimOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "status"],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow
  return { email: order?.email?.trim() || null, canceled: order?.status === "canceled" }
}

/**
 * Everything a claim-window message is made of: the options, the gift, the
 * recipient named at checkout, the notification channels, the store's name
 * and (when the buyer is told) the order's email. Reads only.
 */
export async function readClaimMessageInput(
  container: MedusaContainer,
  gift: GiftOrderRecord,
  message: ClaimMessage
): Promise<ClaimNotificationPlanInput> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const { notifications } = await gifting.getOptions()
  const channels = notificationChannelsOf(config.modules?.[Modules.NOTIFICATION])
  const [recipient, stores, order, smsCountries] = await Promise.all([
    findRequestedRecipient(container, gift.order_id),
    query.graph({ entity: "store", fields: ["name"] }),
    readClaimOrder(container, gift.order_id),
    readSmsCountries(container),
  ])
  const notifyBuyer = notifications.notifyBuyer ?? channels.includes("email")
  return {
    // Staff asked for the resend: it goes out whether or not the link is sent automatically.
    options: {
      ...notifications,
      notifyRecipient: message.kind === "resend" || notifications.notifyRecipient,
    },
    gift_order: gift,
    recipient,
    channels,
    sms_countries: smsCountries,
    store_name: (stores.data as StoreRow[])[0]?.name?.trim() || null,
    message,
    deadline: gift.claim_deadline ? new Date(gift.claim_deadline) : null,
    buyer_email: notifyBuyer ? order.email : null,
  }
}
