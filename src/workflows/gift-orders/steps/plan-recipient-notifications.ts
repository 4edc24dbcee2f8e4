import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findRequestedRecipient } from "../../../lib/gifting/gift-order-lookup"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { notificationChannelsOf } from "../../../lib/gifting/notification-channels"
import {
  planRecipientNotifications,
  type RecipientNotificationPlan,
} from "../../../lib/gifting/recipient-notifications"
import { readSmsCountries } from "../sms-countries"

export type PlanRecipientNotificationsInput = { gift_order_id: string }

/** The plan, and the buyer whose daily message cap it counts against (the order's email). */
export type PlannedRecipientNotifications = RecipientNotificationPlan & { buyer_email: string | null }

type StoreRow = { name?: string | null } | null | undefined
type OrderRow = { email?: string | null } | null | undefined

/**
 * Reads what the recipient-link notifications are made of: the plugin's
 * `notifications` options, the gift and its link, the recipient named at
 * checkout, the channels the store's notification providers take, the
 * countries the store's regions ship to (an SMS goes only to a mobile number
 * of one), the store's name and the buyer's email. Reads only; nothing is sent
 * here.
 */
export const planRecipientNotificationsStep = createStep(
  "plan-recipient-notifications",
  async ({ gift_order_id }: PlanRecipientNotificationsInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const { notifications: options } = await gifting.getOptions()
    const gift = await gifting.retrieveGiftOrder(gift_order_id)
    if (!options.notifyRecipient || !gift.recipient_link) {
      return new StepResponse<PlannedRecipientNotifications>({
        ...planRecipientNotifications({
          options,
          gift_order: gift,
          recipient: null,
          channels: [],
          sms_countries: [],
          store_name: null,
        }),
        buyer_email: null,
      })
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    const channels = notificationChannelsOf(config.modules?.[Modules.NOTIFICATION])
    const [recipient, stores, smsCountries, orders] = await Promise.all([
      findRequestedRecipient(container, gift.order_id),
      query.graph({ entity: "store", fields: ["name"] }),
      readSmsCountries(container),
      query.graph({ entity: "order", fields: ["email"], filters: { id: gift.order_id } }),
    ])
    const storeName = (stores.data as StoreRow[])[0]?.name?.trim() || null
    const plan = planRecipientNotifications({
      options,
      gift_order: gift,
      recipient,
      channels,
      sms_countries: smsCountries,
      store_name: storeName,
    })
    const buyerEmail = (orders.data as OrderRow[])[0]?.email?.trim().toLowerCase() || null
    return new StepResponse<PlannedRecipientNotifications>({ ...plan, buyer_email: buyerEmail })
  }
)
