import { forEachWithConcurrency } from "../concurrency"

/** What a job did with one due row. */
export type DueRowOutcome = "ok" | "failed" | "parked"

export type DueRowsRun = {
  /** Rows a run was started for. */
  started: number
  failed: number
  parked: number
  /** Rows not started: the run's budget was spent or the partner is cooling down. They stay due. */
  skipped: number
}

/**
 * Runs `task` over due rows with bounded concurrency, starting a row only
 * while `canStart()` holds (the run's time budget, the partner's cool-down;
 * every row when omitted).
 * Whatever the task did — succeeded, failed or threw — `settle` then looks at
 * the row and moves it on (see `settleGiftAfterJob`, `settleVouchersAfterJob`),
 * so no row comes back first on every run.
 */
export async function runDueRows<T>(
  items: readonly T[],
  input: {
    concurrency: number
    canStart?: () => boolean
    task: (item: T) => Promise<unknown>
    settle: (item: T, error: unknown) => Promise<DueRowOutcome>
  }
): Promise<DueRowsRun> {
  const run: DueRowsRun = { started: 0, failed: 0, parked: 0, skipped: 0 }
  await forEachWithConcurrency(items, input.concurrency, async (item) => {
    if (input.canStart && !input.canStart()) {
      run.skipped++
      return
    }
    run.started++
    let error: unknown = null
    try {
      await input.task(item)
    } catch (caught) {
      error = caught ?? new Error("the run failed")
    }
    // A row whose settling failed counts as failed; the next run looks at it again.
    const outcome = await input.settle(item, error).catch((): DueRowOutcome => "failed")
    if (outcome !== "ok") run.failed++
    if (outcome === "parked") run.parked++
  })
  return run
}

/** A thrown value as one line for a row's reason (no stack). */
export function errorText(error: unknown): string {
  if (typeof error === "string") return error
  // Workflow runs may throw plain objects that carry a message.
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message === "string" && message !== "") return message
  return error instanceof Error ? error.name : "unexpected error"
}
