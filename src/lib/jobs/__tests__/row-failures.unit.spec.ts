import { JobRunBudget } from "../job-run-budget"
import { decideAfterFailure, failureBackoffMs } from "../row-failures"
import { runDueRows } from "../run-due-rows"

const MINUTE = 60_000

describe("failureBackoffMs", () => {
  it("starts at a minute, doubles, and stops at an hour", () => {
    expect([1, 2, 3, 4, 7, 8, 50].map(failureBackoffMs)).toEqual([
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      8 * MINUTE,
      60 * MINUTE,
      60 * MINUTE,
      60 * MINUTE,
    ])
  })
})

describe("decideAfterFailure", () => {
  const now = new Date("2026-12-03T10:00:00Z")

  it("moves the row forward by the backoff, never earlier than its workflow's own time", () => {
    expect(decideAfterFailure({ failures: 2, parkAfter: 10, now, scheduledAt: null })).toEqual({
      parked: false,
      job_failures: 2,
      due_at: new Date(now.getTime() + 2 * MINUTE),
    })
    const later = new Date(now.getTime() + 30 * MINUTE)
    expect(decideAfterFailure({ failures: 1, parkAfter: 10, now, scheduledAt: later })).toMatchObject({
      due_at: later,
    })
  })

  it("parks the row at the limit", () => {
    expect(decideAfterFailure({ failures: 10, parkAfter: 10, now, scheduledAt: null })).toEqual({
      parked: true,
      job_failures: 10,
    })
  })
})

describe("JobRunBudget", () => {
  it("is spent once its time has passed", () => {
    let now = 1_000
    const budget = new JobRunBudget(500, () => now)
    expect(budget.spent()).toBe(false)
    now = 1_499
    expect(budget.spent()).toBe(false)
    now = 1_500
    expect(budget.spent()).toBe(true)
  })
})

describe("runDueRows", () => {
  it("settles every row it started, thrown or not, and starts none once told to stop", async () => {
    const settled: [number, unknown][] = []
    let allowed = 3
    const run = await runDueRows([1, 2, 3, 4, 5], {
      concurrency: 1,
      canStart: () => allowed-- > 0,
      task: async (item) => {
        if (item === 2) throw new Error("poison")
      },
      settle: async (item, error) => {
        settled.push([item, error])
        return error ? "failed" : "ok"
      },
    })
    expect(run).toEqual({ started: 3, failed: 1, parked: 0, skipped: 2 })
    expect(settled.map(([item]) => item)).toEqual([1, 2, 3])
    expect((settled[1][1] as Error).message).toBe("poison")
  })

  it("counts a row whose settling failed as failed", async () => {
    const run = await runDueRows(["a"], {
      concurrency: 1,
      canStart: () => true,
      task: async () => undefined,
      settle: async () => {
        throw new Error("database gone")
      },
    })
    expect(run).toMatchObject({ started: 1, failed: 1 })
  })
})
