import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findRequestedRecipient } from "../../../api/gift-order-lookup"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import { notificationChannelsOf } from "../notification-channels"
import { planRecipientNotifications, type RecipientNotificationPlan } from "../recipient-notifications"

export type PlanRecipientNotificationsInput = { gift_order_id: string }

type StoreRow = { name?: string | null } | null | undefined

/**
 * Reads what the recipient-link notifications are made of: the plugin's
 * `notifications` options, the gift and its link, the recipient named at
 * checkout, the channels the store's notification providers take, and the
 * store's name. Reads only; nothing is sent here.
 */
export const planRecipientNotificationsStep = createStep(
  "plan-recipient-notifications",
  async ({ gift_order_id }: PlanRecipientNotificationsInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const { notifications: options } = await gifting.getOptions()
    const gift = await gifting.retrieveGiftOrder(gift_order_id)
    if (!options.notifyRecipient || !gift.recipient_link) {
      return new StepResponse<RecipientNotificationPlan>(
        planRecipientNotifications({
          options,
          gift_order: gift,
          recipient: null,
          channels: [],
          store_name: null,
        })
      )
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    const channels = notificationChannelsOf(config.modules?.[Modules.NOTIFICATION])
    const [recipient, stores] = await Promise.all([
      findRequestedRecipient(container, gift.order_id),
      query.graph({ entity: "store", fields: ["name"] }),
    ])
    const storeName = (stores.data as StoreRow[])[0]?.name?.trim() || null

    return new StepResponse<RecipientNotificationPlan>(
      planRecipientNotifications({ options, gift_order: gift, recipient, channels, store_name: storeName })
    )
  }
)
