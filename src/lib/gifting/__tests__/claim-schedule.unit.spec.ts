import { DAY_MS } from "../../../modules/gifting/clock"
import {
  claimStepAt,
  extendedDeadline,
  nextClaimCheckAt,
  openClaimWindow,
  type ClaimWindow,
} from "../claim-schedule"

const START = new Date("2026-12-01T10:00:00.000Z")
const at = (days: number) => new Date(START.getTime() + days * DAY_MS)

function window(reminded: number[] = [], deadlineDays = 14): ClaimWindow {
  return { started_at: START, deadline: at(deadlineDays), reminder_days: [3, 10], reminded_days: reminded }
}

describe("claim window schedule", () => {
  it("opens a window of claimWindowDays whose first look is the first reminder day", () => {
    expect(openClaimWindow(START, { claimWindowDays: 14, reminderDays: [3, 10] })).toEqual({
      claim_started_at: START,
      claim_deadline: at(14),
      claim_state: "open",
      claim_next_at: at(3),
    })
    expect(openClaimWindow(START, { claimWindowDays: 5, reminderDays: [] }).claim_next_at).toEqual(at(5))
  })

  it("waits until a reminder day, then reminds once, then waits for the next one", () => {
    expect(claimStepAt(window(), at(2.9))).toEqual({ kind: "wait", next_at: at(3) })
    expect(claimStepAt(window(), at(3))).toEqual({ kind: "remind", day: 3, skipped_days: [] })
    expect(claimStepAt(window([3]), at(3.5))).toEqual({ kind: "wait", next_at: at(10) })
    expect(claimStepAt(window([3, 10]), at(11))).toEqual({ kind: "wait", next_at: at(14) })
  })

  it("sends only the latest reminder that is due after a long pause, skipping the earlier one", () => {
    expect(claimStepAt(window(), at(12))).toEqual({ kind: "remind", day: 10, skipped_days: [3] })
  })

  it("expires once the deadline has passed, whatever reminders are left", () => {
    expect(claimStepAt(window(), at(14))).toEqual({ kind: "expire" })
    expect(claimStepAt(window([3, 10]), at(20))).toEqual({ kind: "expire" })
  })

  it("never schedules a reminder at or after the deadline", () => {
    expect(nextClaimCheckAt(window([], 8), at(4))).toEqual(at(8))
    expect(claimStepAt(window([3], 8), at(9))).toEqual({ kind: "expire" })
  })

  it("extends from the current deadline, or from now once it has passed", () => {
    expect(extendedDeadline(at(14), 5, at(10))).toEqual(at(19))
    expect(extendedDeadline(at(14), 5, at(16))).toEqual(at(21))
    expect(extendedDeadline(null, 2, at(1))).toEqual(at(3))
  })
})
