// The claim window in the demo: the window is shortened, a day passes for the
// gift (the claim-window job runs once in `medusa exec` with its clock a day
// ahead: the clock lives in each process, the store keeps the real time), and
// the reminders the local notification provider recorded are read back from
// the admin's Notification API.
import { waitFor } from "./http.mjs"

export const DEMO_REMINDER_DAY = 1

/** The claim-window options of the demo store: one reminder, a day after the link. */
export const DEMO_CLAIM_WINDOW_ENV = {
  GIFTYZET_CLAIM_WINDOW_DAYS: "7",
  GIFTYZET_REMINDER_DAYS: String(DEMO_REMINDER_DAY),
}

const REMINDER_TRIGGER = "gifting.gift_order.reminder"

/**
 * `runClaimWindow(days)` runs `src/scripts/run-gift-claim-window.ts` with the
 * clock `days` ahead. Resolves with the reminders of `giftOrderId`; fails
 * when one was recorded twice for the same address and channel.
 */
export async function remindOnce({ admin, giftOrderId, runClaimWindow }) {
  await runClaimWindow(DEMO_REMINDER_DAY)
  const query = new URLSearchParams({
    fields: "id,to,channel,template,trigger_type,resource_id,created_at",
    limit: "100",
  })
  const reminders = await waitFor(
    async () => {
      const { notifications } = await admin.get(`/admin/notifications?${query}`)
      const reminders = notifications.filter(
        (notification) =>
          notification.resource_id === giftOrderId && notification.trigger_type === REMINDER_TRIGGER
      )
      return reminders.length > 0 ? reminders : null
    },
    { timeoutMs: 30_000, intervalMs: 500, what: "the reminder notifications" }
  )
  const targets = reminders.map((reminder) => `${reminder.channel}:${reminder.to}`)
  if (new Set(targets).size !== targets.length) {
    throw new Error(`a reminder was recorded twice: ${targets.sort().join(", ")}`)
  }
  return reminders
}
