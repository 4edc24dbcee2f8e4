/** How long a process trusts the webhook secrets it read (other processes may register or rotate). */
export const WEBHOOK_SECRETS_TTL_MS = 30_000

/** At most one forced re-read per this interval, so forged deliveries cannot turn into a query each. */
export const WEBHOOK_SECRETS_REFRESH_MIN_MS = 1_000

/**
 * The webhook signing secrets one process holds, so a delivery costs no query
 * to verify. They are read again after `WEBHOOK_SECRETS_TTL_MS`, at once after
 * `forget()` (this process registered or rotated the subscription), and on
 * `refresh()` when a delivery matched none of them (another process rotated
 * it), at most once per `WEBHOOK_SECRETS_REFRESH_MIN_MS`. Concurrent reads
 * share one load.
 */
export class WebhookSecretCache {
  private secrets_: string[] | null = null
  private loadedAt_ = 0
  private loading_: Promise<string[]> | null = null
  private generation_ = 0

  constructor(
    private readonly load_: () => Promise<string[]>,
    private readonly now_: () => number = Date.now
  ) {}

  /** The cached secrets, read when missing or older than the TTL. */
  async get(): Promise<string[]> {
    if (this.secrets_ && this.now_() - this.loadedAt_ < WEBHOOK_SECRETS_TTL_MS) return this.secrets_
    return this.reload()
  }

  /**
   * Reads the secrets again unless they were read within the last
   * `WEBHOOK_SECRETS_REFRESH_MIN_MS`; null when they were (nothing new to try).
   */
  async refresh(): Promise<string[] | null> {
    if (this.secrets_ && this.now_() - this.loadedAt_ < WEBHOOK_SECRETS_REFRESH_MIN_MS) return null
    return this.reload()
  }

  /** Drops the cached secrets: the next `get()` reads them. */
  forget(): void {
    this.generation_++
    this.secrets_ = null
    this.loading_ = null
  }

  private reload(): Promise<string[]> {
    if (this.loading_) return this.loading_
    const generation = this.generation_
    const loading = this.load_().then(
      (secrets) => {
        // A `forget()` during the read means the secrets may have changed since it began.
        if (generation === this.generation_) {
          this.secrets_ = secrets
          this.loadedAt_ = this.now_()
          this.loading_ = null
        }
        return secrets
      },
      (error: unknown) => {
        if (this.loading_ === loading) this.loading_ = null
        throw error
      }
    )
    this.loading_ = loading
    return loading
  }
}
