import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import {
  limitRecipientNotifications,
  RECIPIENT_NOTIFICATION_RESOURCE,
  RECIPIENT_NOTIFICATION_TRIGGER,
  type RecipientNotificationPlan,
} from "../../../lib/gifting/recipient-notifications"
import type { PlannedRecipientNotifications } from "./plan-recipient-notifications"

const DAY_MS = 24 * 60 * 60 * 1000
/** Upper bound of the recipient messages of the whole store read per check (a day's worth). */
const MAX_MESSAGES_READ = 10_000

type OrderRow = { id: string; email?: string | null } | null | undefined

/**
 * How many recipient-link messages the buyer's other gifts caused in the last
 * 24 hours: the Notification Module's recipient-link notifications of that
 * day (failed ones not counted), traced through their gift to the order's
 * email. The gift being notified is left out: its own messages carry the same
 * idempotency keys, so sending them again is a no-op, not a new message.
 */
async function countBuyerMessagesToday(
  container: MedusaContainer,
  buyerEmail: string,
  giftOrderId: string
): Promise<number> {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const sent = await notifications.listNotifications(
    {
      trigger_type: RECIPIENT_NOTIFICATION_TRIGGER,
      resource_type: RECIPIENT_NOTIFICATION_RESOURCE,
      created_at: { $gte: new Date(Date.now() - DAY_MS).toISOString() },
    },
    { select: ["id", "resource_id", "status"], take: MAX_MESSAGES_READ }
  )
  const counted = sent.filter(
    (notification) =>
      notification.status !== "failure" &&
      notification.resource_id &&
      notification.resource_id !== giftOrderId
  )
  if (!counted.length) return 0

  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const giftIds = [...new Set(counted.map((notification) => notification.resource_id as string))]
  const gifts = await gifting.listGiftOrders(
    { id: giftIds },
    { select: ["id", "order_id"], take: giftIds.length }
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: { id: [...new Set(gifts.map((gift) => gift.order_id as string))] },
  })
  const buyersOrders = new Set(
    (data as OrderRow[])
      .filter((order) => order?.email?.trim().toLowerCase() === buyerEmail)
      .map((order) => order!.id)
  )
  const buyersGifts = new Set(
    gifts.filter((gift) => buyersOrders.has(gift.order_id as string)).map((gift) => gift.id as string)
  )
  return counted.filter((notification) => buyersGifts.has(notification.resource_id as string)).length
}

export type LimitRecipientNotificationsInput = {
  gift_order_id: string
  plan: PlannedRecipientNotifications
}

/**
 * Applies `notifications.maxRecipientMessagesPerBuyerPerDay` to a plan. Runs
 * under the workflow's per-buyer lock, between reading the count and sending,
 * so two gifts of one buyer notified at once cannot both take the last place.
 */
export const limitRecipientNotificationsStep = createStep(
  "limit-recipient-notifications",
  async ({ gift_order_id, plan }: LimitRecipientNotificationsInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const { notifications: options } = await gifting.getOptions()
    const { buyer_email, ...rest } = plan
    if (!buyer_email || !rest.notifications.length) {
      return new StepResponse<RecipientNotificationPlan>(rest)
    }
    const sentToday = await countBuyerMessagesToday(container, buyer_email, gift_order_id)
    return new StepResponse<RecipientNotificationPlan>(
      limitRecipientNotifications(rest, { sentToday, max: options.maxRecipientMessagesPerBuyerPerDay })
    )
  }
)
