import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type { RequestedRecipient } from "./gift-order-lookup"
import type { ResolvedGiftingOptions } from "../../modules/gifting/options"
import { toMultiLine, toSingleLine } from "../../shared/text-lines"
import { smsRecipientOf } from "./sms-recipient"

/** The channels the recipient link is sent on, each where the store has a provider for it. */
export const RECIPIENT_NOTIFICATION_CHANNELS = ["email", "sms"] as const
export type RecipientNotificationChannel = (typeof RECIPIENT_NOTIFICATION_CHANNELS)[number]

/** Notification-module `trigger_type` and `resource_type` of the recipient-link messages. */
export const RECIPIENT_NOTIFICATION_TRIGGER = "gifting.gift_order.created"
export const RECIPIENT_NOTIFICATION_RESOURCE = "gift_order"

/**
 * One key per gift and channel: the Notification Module sends a key once
 * (again only if the earlier attempt failed), so a retried or replayed event
 * never sends the link twice.
 */
export function recipientNotificationKey(giftOrderId: string, channel: RecipientNotificationChannel): string {
  return `gifting-recipient-link-${giftOrderId}-${channel}`
}

export type RecipientNotificationPlanInput = {
  options: ResolvedGiftingOptions["notifications"]
  gift_order: { id: string; order_id: string; recipient_link: string | null; order_number: string | null }
  recipient: RequestedRecipient | null
  /** Channels for which the store has an enabled notification provider. */
  channels: string[]
  /** Countries (ISO 3166-1 alpha-2) the store's regions ship to: an SMS goes only to a mobile number of one. */
  sms_countries: string[]
  store_name: string | null
}

export type RecipientNotificationPlan = {
  notifications: CreateNotificationDTO[]
  /** Why a channel (or everything) is left out, for the log. */
  skipped: string[]
}

/** What the merchant's templates receive as `data` (and the ready-made text, for providers without templates). */
export type RecipientNotificationData = {
  recipient_name: string
  recipient_link: string
  gift_message: string | null
  order_number: string | null
  order_id: string
  gift_order_id: string
  store_name: string | null
  subject: string
  text: string
}

function messageOf(input: RecipientNotificationPlanInput, link: string, recipientName: string) {
  const store = input.store_name ? toSingleLine(input.store_name) : ""
  const giftMessage = toMultiLine(input.recipient?.gift_message)
  const subject = store ? `A gift for you from ${store}` : "A gift for you"
  const text = [
    `Hi ${recipientName},`,
    "",
    `You have received a gift${store ? ` from ${store}` : ""}! Open this link to accept it and tell us where to deliver it:`,
    link,
    ...(giftMessage ? ["", giftMessage] : []),
  ].join("\n")
  const sms = `Hi ${recipientName}, you have received a gift${store ? ` from ${store}` : ""}! Accept it here: ${link}`
  return { subject, text, sms, giftMessage: giftMessage || null }
}

/**
 * The notifications that carry a gift's recipient link to its recipient: an
 * email, and an SMS when they gave a mobile number of a country the store
 * ships to (`smsRecipientOf`), each only where the store has a provider for
 * the channel. Empty when the option is off, the link does
 * not exist yet or the order names no recipient. Pure.
 */
export function planRecipientNotifications(input: RecipientNotificationPlanInput): RecipientNotificationPlan {
  const { options, gift_order, recipient } = input
  if (!options.notifyRecipient) return { notifications: [], skipped: ["recipient notifications are off"] }
  const link = gift_order.recipient_link
  if (!link) return { notifications: [], skipped: ["the gift has no recipient link yet"] }
  if (!recipient) return { notifications: [], skipped: ["the order names no recipient"] }

  const recipientName = toSingleLine(recipient.name)
  const message = messageOf(input, link, recipientName)
  const data: RecipientNotificationData = {
    recipient_name: recipientName,
    recipient_link: link,
    gift_message: message.giftMessage,
    order_number: gift_order.order_number,
    order_id: gift_order.order_id,
    gift_order_id: gift_order.id,
    store_name: input.store_name,
    subject: message.subject,
    text: message.text,
  }
  const sms = smsRecipientOf(recipient.phone, input.sms_countries)
  const addressOf: Record<RecipientNotificationChannel, string> = {
    email: recipient.email.trim(),
    sms: sms.ok ? sms.number : "",
  }
  const templateOf: Record<RecipientNotificationChannel, string> = {
    email: options.emailTemplate,
    sms: options.smsTemplate,
  }

  const notifications: CreateNotificationDTO[] = []
  const skipped: string[] = []
  for (const channel of RECIPIENT_NOTIFICATION_CHANNELS) {
    if (!input.channels.includes(channel)) {
      skipped.push(`no notification provider for the "${channel}" channel`)
      continue
    }
    if (!addressOf[channel]) {
      skipped.push(channel === "sms" && !sms.ok ? sms.reason : "the recipient has no email address")
      continue
    }
    notifications.push({
      to: addressOf[channel],
      channel,
      template: templateOf[channel],
      data: { ...data, ...(channel === "sms" ? { text: message.sms } : {}) },
      content: channel === "email" ? { subject: message.subject, text: message.text } : { text: message.sms },
      trigger_type: RECIPIENT_NOTIFICATION_TRIGGER,
      resource_id: gift_order.id,
      resource_type: RECIPIENT_NOTIFICATION_RESOURCE,
      idempotency_key: recipientNotificationKey(gift_order.id, channel),
    })
  }
  return { notifications, skipped }
}

/**
 * Applies the daily cap on recipient messages per buyer: keeps the first
 * notifications of the plan (email before SMS) that still fit under `max`
 * given the `sentToday` messages the buyer's other gifts already caused in
 * the last 24 hours. Pure.
 */
export function limitRecipientNotifications(
  plan: RecipientNotificationPlan,
  { sentToday, max }: { sentToday: number; max: number }
): RecipientNotificationPlan {
  const room = Math.max(0, max - sentToday)
  if (plan.notifications.length <= room) return plan
  const left = plan.notifications.slice(room)
  return {
    notifications: plan.notifications.slice(0, room),
    skipped: [
      ...plan.skipped,
      ...left.map(
        (notification) =>
          `the "${notification.channel}" message is over the limit of ${max} recipient messages per buyer per day`
      ),
    ],
  }
}
