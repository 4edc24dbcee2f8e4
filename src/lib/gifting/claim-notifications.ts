import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type { GiftClaimOutcome } from "./claim-timeline"
import {
  planRecipientNotifications,
  RECIPIENT_NOTIFICATION_RESOURCE,
  type RecipientNotificationPlanInput,
} from "./recipient-notifications"

/** What a claim-window message is about. */
export type ClaimMessage =
  | { kind: "reminder"; day: number }
  | { kind: "resend"; key: string }
  | { kind: "outcome"; state: "expired" | "declined" | "closed"; outcome: GiftClaimOutcome }

export const CLAIM_NOTIFICATION_TRIGGER = {
  reminder: "gifting.gift_order.reminder",
  resend: "gifting.gift_order.link_resent",
  outcome: "gifting.gift_order.outcome",
} as const

/** The ledger's `kind` of a message: one reminder per day, one resend per staff request, one outcome notice. */
export function claimMessageKind(message: ClaimMessage): string {
  if (message.kind === "reminder") return `reminder:${message.day}`
  if (message.kind === "resend") return `resend:${message.key}`
  return `outcome:${message.state}`
}

/** One key per gift, message, audience and channel: the ledger's unique key and the notification's. */
export function claimNotificationKey(
  giftOrderId: string,
  message: ClaimMessage,
  audience: "recipient" | "buyer",
  channel: string
): string {
  return `gifting-${claimMessageKind(message).replace(":", "-")}-${audience}-${giftOrderId}-${channel}`
}

export type ClaimNotificationPlanInput = RecipientNotificationPlanInput & {
  message: ClaimMessage
  deadline: Date | null
  /** The order's email, for the buyer's messages; `null` when the buyer is not told. */
  buyer_email: string | null
}

export type PlannedClaimNotification = {
  audience: "recipient" | "buyer"
  notification: CreateNotificationDTO & { idempotency_key: string }
}

/** "15 December" (UTC), for the ready-made text; templates get the ISO `deadline` and format it themselves. */
export function formatDeadline(deadline: Date, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(deadline)
}

/** Why the buyer's gift is no longer waiting: the deadline, the recipient, or the store's staff. */
const OUTCOME_SUBJECTS = {
  expired: "Your gift was not accepted in time",
  declined: "Your gift was declined",
  closed: "Your gift is no longer waiting for the recipient",
} as const

function buyerText(
  input: ClaimNotificationPlanInput,
  link: string | null
): { subject: string; text: string } {
  const { message } = input
  const until = input.deadline ? ` The recipient has until ${formatDeadline(input.deadline)} to accept.` : ""
  if (message.kind === "outcome") {
    const next =
      message.outcome === "ship_to_buyer"
        ? "We will deliver it to your shipping address instead."
        : message.outcome === "cancel_and_refund"
          ? "Your order has been canceled and your payment refunded."
          : "Our team will contact you about what happens next."
    return { subject: OUTCOME_SUBJECTS[message.state], text: `${OUTCOME_SUBJECTS[message.state]}. ${next}` }
  }
  return {
    subject: "Your gift hasn't been accepted yet",
    text: `Your gift hasn't been accepted yet: share the link with the recipient again.${until}${link ? `\n${link}` : ""}`,
  }
}

/**
 * The notifications of one claim-window message: to the recipient (the
 * reminder or the resent link, on the channels the recipient-link
 * notifications use) and to the buyer on the order's email. Each carries
 * its own idempotency key. Pure.
 */
export function planClaimNotifications(input: ClaimNotificationPlanInput): PlannedClaimNotification[] {
  const { message, gift_order } = input
  const deadline = input.deadline ? input.deadline.toISOString() : null
  const planned: PlannedClaimNotification[] = []

  if (message.kind !== "outcome") {
    const base = planRecipientNotifications(input).notifications
    for (const notification of base) {
      const channel = notification.channel
      const isSms = channel === "sms"
      const data = (notification.data ?? {}) as Record<string, unknown>
      const until = input.deadline ? formatDeadline(input.deadline) : null
      const reminderText =
        message.kind === "reminder" && until
          ? isSms
            ? `Reminder: a gift is waiting for you until ${until}. Accept it here: ${data.recipient_link}`
            : `${data.text}\n\nYou have until ${until} to accept it.`
          : (data.text as string)
      const template =
        message.kind === "resend"
          ? notification.template
          : isSms
            ? input.options.reminderSmsTemplate
            : input.options.reminderEmailTemplate
      planned.push({
        audience: "recipient",
        notification: {
          ...notification,
          template,
          data: { ...data, text: reminderText, deadline },
          content: isSms ? { text: reminderText } : { subject: data.subject as string, text: reminderText },
          trigger_type: CLAIM_NOTIFICATION_TRIGGER[message.kind],
          idempotency_key: claimNotificationKey(gift_order.id, message, "recipient", channel),
        },
      })
    }
  }

  if (input.buyer_email && message.kind !== "resend" && input.channels.includes("email")) {
    const link = gift_order.recipient_link
    const { subject, text } = buyerText(input, link)
    planned.push({
      audience: "buyer",
      notification: {
        to: input.buyer_email,
        channel: "email",
        template:
          message.kind === "outcome"
            ? input.options.buyerOutcomeTemplate
            : input.options.buyerReminderTemplate,
        data: {
          recipient_name: input.recipient?.name ?? null,
          recipient_link: link,
          order_number: gift_order.order_number,
          order_id: gift_order.order_id,
          gift_order_id: gift_order.id,
          store_name: input.store_name,
          deadline,
          ...(message.kind === "outcome" ? { state: message.state, outcome: message.outcome } : {}),
          subject,
          text,
        },
        content: { subject, text },
        trigger_type: CLAIM_NOTIFICATION_TRIGGER[message.kind],
        resource_id: gift_order.id,
        resource_type: RECIPIENT_NOTIFICATION_RESOURCE,
        idempotency_key: claimNotificationKey(gift_order.id, message, "buyer", "email"),
      },
    })
  }
  return planned
}
