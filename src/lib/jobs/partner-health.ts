/** The partners the jobs call. */
export type Partner = "giftyzet" | "ugiftme"

export type PartnerHealthOptions = {
  /** Connection failures or 5xx answers in a row that start a cool-down. */
  failureLimit: number
  /** How long a partner is skipped once the limit is reached. */
  cooldownMs: number
  logger?: { warn(message: string): void }
  now?: () => number
}

type PartnerState = { failuresInARow: number; skipUntil: number }

/**
 * How each partner answered lately, for the jobs: after `failureLimit`
 * connection failures or 5xx answers in a row the partner is "cooling down"
 * for `cooldownMs`, and jobs start no call to it (the rows stay due). Any
 * other answer (2xx, 4xx) resets the count. Fed by the partner clients on
 * every attempt; one per store process.
 */
export class PartnerHealth {
  private readonly states = new Map<Partner, PartnerState>()
  private readonly now: () => number

  constructor(private readonly options: PartnerHealthOptions) {
    this.now = options.now ?? Date.now
  }

  /** One attempt's result: `false` for a connection failure, a timeout or a 5xx. */
  record(partner: Partner, healthy: boolean): void {
    const state = this.stateOf(partner)
    if (healthy) {
      state.failuresInARow = 0
      return
    }
    state.failuresInARow += 1
    if (state.failuresInARow === this.options.failureLimit && !this.isCoolingDown(partner)) {
      state.skipUntil = this.now() + this.options.cooldownMs
      this.options.logger?.warn(
        `gifting: ${partner} failed ${state.failuresInARow} times in a row (connection failures or 5xx); ` +
          `the jobs skip it for ${Math.round(this.options.cooldownMs / 1000)} s, its rows stay due`
      )
    }
  }

  /** True while jobs should not start calls to the partner. */
  isCoolingDown(partner: Partner): boolean {
    const state = this.stateOf(partner)
    if (state.skipUntil === 0) return false
    if (this.now() < state.skipUntil) return true
    // The cool-down is over: the next call probes the partner with a fresh count.
    state.skipUntil = 0
    state.failuresInARow = 0
    return false
  }

  private stateOf(partner: Partner): PartnerState {
    let state = this.states.get(partner)
    if (!state) {
      state = { failuresInARow: 0, skipUntil: 0 }
      this.states.set(partner, state)
    }
    return state
  }
}
