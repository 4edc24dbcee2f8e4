import type { AccountSpec } from "./core"
import { CONTROL_PREFIX } from "./server"
import type { DebitThenFailMode, FaultSnapshot, RequestMatcher } from "./faults"
import type { Counters, LimiterName, ProfileStatus, RateLimitRule, SandboxConfig } from "./types"
import type { DeliveryAttempt } from "./webhook-dispatcher"

type WalletBalance = { currency: string; balance: number; availableBalance: number }

/** Account as listed by the control endpoints. */
export type SandboxAccountSummary = {
  apiKey: string
  userId: string
  name: string
  profileStatus: ProfileStatus
  missingFields: string[]
  ipAllowList: string[]
  revoked: boolean
  wallets: WalletBalance[]
}

/**
 * Typed helper over the `/__sandbox/ugiftme` control endpoints, for tests,
 * benchmarks and demo scripts. Uses the global `fetch`.
 */
export class UgiftmeSandboxControl {
  /** @param origin the sandbox `url` */
  constructor(private readonly origin: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.origin}${CONTROL_PREFIX}${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`Sandbox control ${method} ${path} answered ${response.status}: ${text}`)
    }
    return JSON.parse(text) as T
  }

  createAccount(spec: AccountSpec = {}): Promise<SandboxAccountSummary> {
    return this.call("POST", "/accounts", spec)
  }

  updateAccount(
    apiKey: string,
    change: {
      profileStatus?: ProfileStatus
      missingFields?: string[]
      ipAllowList?: string[]
      revoked?: boolean | string
      name?: string
      email?: string
    }
  ): Promise<SandboxAccountSummary> {
    return this.call("PATCH", `/accounts/${encodeURIComponent(apiKey)}`, change)
  }

  fundWallet(apiKey: string, currency: string, amount: number): Promise<WalletBalance> {
    return this.call("POST", "/wallets/fund", { apiKey, currency, amount })
  }

  setConfig(
    change: Partial<Omit<SandboxConfig, "idempotency">> & {
      idempotency?: Partial<SandboxConfig["idempotency"]>
    }
  ): Promise<SandboxConfig> {
    return this.call("POST", "/config", change)
  }

  setRateLimits(
    rules: Partial<Record<LimiterName, RateLimitRule>>
  ): Promise<Record<LimiterName, RateLimitRule>> {
    return this.call("POST", "/rate-limits", rules)
  }

  /** Next `count` orders fail: async requests end "failed" with `reason`; sync creates answer `status` (500). */
  failNextOrders(count: number, options: { reason?: string; status?: number } = {}): Promise<FaultSnapshot> {
    return this.call("POST", "/faults/fail-orders", { count, ...options })
  }

  /**
   * Next `count` matching API requests answer `status` (500) without doing
   * anything; a 3xx status redirects to the same URL.
   */
  failNextRequests(
    count: number,
    options: RequestMatcher & { status?: number } = {}
  ): Promise<FaultSnapshot> {
    return this.call("POST", "/faults/errors", { count, ...options })
  }

  /** Next `count` matching API requests never get an answer. */
  hangNextRequests(count: number, matcher: RequestMatcher = {}): Promise<FaultSnapshot> {
    return this.call("POST", "/faults/hang", { count, ...matcher })
  }

  /** Adds `ms` to every matching API request; 0 clears. */
  setLatency(ms: number, matcher: RequestMatcher = {}): Promise<FaultSnapshot> {
    return this.call("POST", "/faults/latency", { ms, ...matcher })
  }

  /** Next `count` creates commit (order + debit) but answer 500, drop the connection, or hang. */
  debitThenFail(count: number, mode: DebitThenFailMode = "error"): Promise<FaultSnapshot> {
    return this.call("POST", "/faults/debit-then-fail", { count, mode })
  }

  /** The next `count` matching requests are carried out, then their answer is lost (default: connection dropped). */
  loseNextAnswers(
    count: number,
    matcher: RequestMatcher & { mode?: DebitThenFailMode } = {}
  ): Promise<FaultSnapshot> {
    return this.call("POST", "/faults/lose-answers", { count, ...matcher })
  }

  clearFaults(): Promise<FaultSnapshot> {
    return this.call("DELETE", "/faults")
  }

  counters(): Promise<Counters> {
    return this.call("GET", "/counters")
  }

  async deliveries(filter: { webhookId?: string; event?: string } = {}): Promise<DeliveryAttempt[]> {
    const query = new URLSearchParams(
      Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string")
    )
    const suffix = query.size > 0 ? `?${query.toString()}` : ""
    const answer = await this.call<{ deliveries: DeliveryAttempt[] }>("GET", `/webhook-deliveries${suffix}`)
    return answer.deliveries
  }

  updateProduct(productCode: string, change: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.call("PATCH", `/products/${encodeURIComponent(productCode)}`, change)
  }

  addProduct(product: Record<string, unknown> & { productCode: string }): Promise<Record<string, unknown>> {
    return this.call("POST", "/products", product)
  }

  state(): Promise<
    { config: SandboxConfig; accounts: SandboxAccountSummary[]; faults: FaultSnapshot } & Record<
      string,
      unknown
    >
  > {
    return this.call("GET", "/state")
  }

  reset(): Promise<{ ok: true; apiKeys: string[] }> {
    return this.call("POST", "/reset")
  }
}
