import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { claimWindowOf, nextClaimCheckAt } from "../../../../lib/gifting/claim-schedule"
import { appendTimeline, type GiftTimelineEntry } from "../../../../lib/gifting/claim-timeline"
import type { GiftOrderRecord } from "../../../../lib/gifting/gift-order-records"

/** The ledger row that marks a reminder day handled, whatever was sent on it. */
export const REMINDER_DAY_AUDIENCE = "day"

export function reminderDayKey(giftOrderId: string, day: number): string {
  return `gifting-reminder-day-${day}-${giftOrderId}`
}

/** The reminder days of a gift already handled, from the ledger. */
export async function remindedDaysOf(gifting: GiftingModuleService, giftOrderId: string): Promise<number[]> {
  const rows = await gifting.listGiftReminders(
    { gift_order_id: giftOrderId, audience: REMINDER_DAY_AUDIENCE },
    { select: ["kind"] }
  )
  return rows.map((row) => Number(row.kind.split(":")[1])).filter((day) => Number.isFinite(day))
}

export type RecordGiftReminderDayInput = {
  gift_order_id: string
  day: number
  skipped_days: number[]
  /** `audience:channel` of what was sent. */
  sent: string[]
}

/**
 * Marks the reminder day (and earlier days skipped) handled in the ledger,
 * adds it to the gift's timeline and schedules the gift's next look.
 */
export const recordGiftReminderDayStep = createStep(
  "record-gift-reminder-day",
  async ({ gift_order_id, day, skipped_days, sent }: RecordGiftReminderDayInput, { container }) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const now = await gifting.now()
    const handled = await remindedDaysOf(gifting, gift_order_id)
    const fresh = [...skipped_days, day].filter((each) => !handled.includes(each))
    for (const each of fresh) {
      try {
        await gifting.createGiftReminders({
          gift_order_id,
          kind: `reminder:${each}`,
          audience: REMINDER_DAY_AUDIENCE,
          channel: "-",
          idempotency_key: reminderDayKey(gift_order_id, each),
          sent_at: now,
          skipped_reason: each === day ? null : "a later reminder day was due",
        })
      } catch {
        // A concurrent run marked the day first: the unique key kept one row.
      }
    }
    const gift = (await gifting.retrieveGiftOrder(gift_order_id)) as GiftOrderRecord
    const { giftyzet } = await gifting.getOptions()
    const window = claimWindowOf(gift, giftyzet.reminderDays, [...handled, ...fresh])
    const at = now.toISOString()
    const entries: GiftTimelineEntry[] = fresh.includes(day)
      ? [
          ...skipped_days
            .filter((each) => fresh.includes(each))
            .map((each) => ({
              at,
              type: "reminder_skipped" as const,
              actor: "system" as const,
              detail: `day ${each}`,
            })),
          {
            at,
            type: "reminder_sent",
            actor: "system",
            detail: `day ${day}${sent.length ? `: ${sent.join(", ")}` : ": nothing to send"}`,
          },
        ]
      : []
    const updated = (await gifting.updateGiftOrders({
      id: gift_order_id,
      claim_next_at: window ? nextClaimCheckAt(window, now) : null,
      ...(entries.length ? { claim_timeline: appendTimeline(gift.claim_timeline, entries) } : {}),
    })) as GiftOrderRecord
    return new StepResponse({ gift_order: updated, recorded: entries.length > 0 })
  }
)
