// The recipient-link notification of the demo: with GIFTING_NOTIFY_RECIPIENT
// on, the plugin sends the link through Medusa's Notification Module; the dev
// store's local provider records it (and writes it to the store log). The
// admin's Notification API lists what was recorded.
import { waitFor } from "./http.mjs"

export async function findRecipientNotification({ admin, gift, recipientEmail }) {
  const query = new URLSearchParams({
    channel: "email",
    to: recipientEmail,
    fields: "id,to,channel,template,data,resource_type,resource_id,created_at",
  })
  return waitFor(
    async () => {
      const { notifications } = await admin.get(`/admin/notifications?${query}`)
      return notifications.find((notification) => notification.data?.recipient_link === gift.recipient_link)
    },
    { timeoutMs: 30_000, intervalMs: 500, what: "the recipient-link notification" }
  )
}
