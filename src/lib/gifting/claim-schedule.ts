import { DAY_MS } from "../../modules/gifting/clock"
import type { GiftOrderRecord } from "./gift-order-records"

/**
 * The claim window of a gift, as pure functions of the window's start, its
 * deadline, the reminder days, the reminders already sent and "now".
 * See docs/gift-lifecycle.md.
 */

export type ClaimWindowSettings = { claimWindowDays: number; reminderDays: number[] }

export type ClaimWindow = {
  started_at: Date
  deadline: Date
  reminder_days: number[]
  /** Reminder days already handled (sent or skipped). */
  reminded_days: number[]
}

export type ClaimStep =
  | { kind: "expire" }
  | { kind: "remind"; day: number; skipped_days: number[] }
  | { kind: "wait"; next_at: Date }

/** When the reminder of `day` is due. */
export function reminderAt(startedAt: Date, day: number): Date {
  return new Date(startedAt.getTime() + day * DAY_MS)
}

/** The fields that open the window of a gift that just went on Giftyzet. */
export function openClaimWindow(now: Date, settings: ClaimWindowSettings) {
  const deadline = new Date(now.getTime() + settings.claimWindowDays * DAY_MS)
  return {
    claim_started_at: now,
    claim_deadline: deadline,
    claim_state: "open" as const,
    claim_next_at: nextClaimCheckAt(
      { started_at: now, deadline, reminder_days: settings.reminderDays, reminded_days: [] },
      now
    ),
  }
}

/** The reminder days not handled yet whose time has come, before the deadline. */
function dueReminderDays(window: ClaimWindow, now: Date): number[] {
  return window.reminder_days.filter((day) => {
    const at = reminderAt(window.started_at, day).getTime()
    return !window.reminded_days.includes(day) && at <= now.getTime() && at < window.deadline.getTime()
  })
}

/**
 * The next time the claim-window job looks at the gift: its next reminder not
 * handled yet, or the deadline.
 */
export function nextClaimCheckAt(window: ClaimWindow, now: Date): Date {
  const upcoming = window.reminder_days
    .filter((day) => !window.reminded_days.includes(day))
    .map((day) => reminderAt(window.started_at, day).getTime())
    .filter((at) => at > now.getTime() && at < window.deadline.getTime())
  return new Date(Math.min(window.deadline.getTime(), ...upcoming))
}

/**
 * What is due now: the expiry once the deadline passed; else the latest due
 * reminder (earlier ones missed while the store was down are skipped, so a
 * recipient never gets two reminders at once); else nothing until `next_at`.
 */
export function claimStepAt(window: ClaimWindow, now: Date): ClaimStep {
  if (now.getTime() >= window.deadline.getTime()) return { kind: "expire" }
  const due = dueReminderDays(window, now)
  if (due.length === 0) return { kind: "wait", next_at: nextClaimCheckAt(window, now) }
  const day = Math.max(...due)
  return { kind: "remind", day, skipped_days: due.filter((other) => other !== day) }
}

/** The window of a stored gift, or `null` when it has none (not on Giftyzet yet). */
export function claimWindowOf(
  gift: Pick<GiftOrderRecord, "claim_started_at" | "claim_deadline">,
  reminderDays: number[],
  remindedDays: number[]
): ClaimWindow | null {
  if (!gift.claim_started_at || !gift.claim_deadline) return null
  return {
    started_at: new Date(gift.claim_started_at),
    deadline: new Date(gift.claim_deadline),
    reminder_days: reminderDays,
    reminded_days: remindedDays,
  }
}

/** A new deadline `days` later than the current one (or than now, when it already passed). */
export function extendedDeadline(deadline: Date | null, days: number, now: Date): Date {
  const from = deadline && deadline.getTime() > now.getTime() ? deadline : now
  return new Date(from.getTime() + days * DAY_MS)
}
