/**
 * The time one job run may spend starting partner calls: once `budgetMs` has
 * passed since the run began, `spent()` is true and the run starts nothing
 * new (calls in flight finish; what was not reached stays due).
 */
export class JobRunBudget {
  private readonly deadline: number

  constructor(
    budgetMs: number,
    private readonly now: () => number = Date.now
  ) {
    this.deadline = now() + budgetMs
  }

  spent(): boolean {
    return this.now() >= this.deadline
  }
}
