import { pause } from "../common/pause"
import { catalogCurrencies, seedCatalog } from "./catalog"
import { FaultInjector } from "./faults"
import { IdempotencyStore } from "./idempotency"
import { newApiKey, objectId } from "./ids"
import { fromMinor, toMinor } from "./money"
import { OrderProcessor } from "./order-processor"
import { buildOrder } from "./orders"
import { loadState, saveState } from "./persistence"
import { RateLimiter } from "./rate-limiter"
import type {
  Account,
  LimiterName,
  OrderInput,
  Product,
  ProfileStatus,
  RateLimitRule,
  SandboxConfig,
  SandboxState,
  StoredOrder,
  Wallet,
  WalletTransaction,
} from "./types"
import { emptyCounters } from "./types"
import { availableMinor, credit, debit, ensureWallet, findWallet } from "./wallet"
import { WebhookDispatcher } from "./webhook-dispatcher"

export type CoreOptions = {
  apiKeys: string[]
  initialBalance: number
  config: SandboxConfig
  rateLimits: Partial<Record<LimiterName, RateLimitRule>>
  persistFile?: string
}

/** Account fields a control endpoint may set when creating an account. */
export type AccountSpec = {
  apiKey?: string
  name?: string
  email?: string
  profileStatus?: ProfileStatus
  missingFields?: string[]
  ipAllowList?: string[]
  /** Opening balance per currency; default: `initialBalance` in every catalog currency; `{}` = no wallets. */
  wallets?: Record<string, number>
}

/**
 * The sandbox's state plus the services acting on it. Route handlers get it
 * as `ctx.core`; nothing here knows about HTTP.
 */
export class SandboxCore {
  state: SandboxState
  config: SandboxConfig
  readonly faults = new FaultInjector()
  readonly limiter: RateLimiter
  readonly idempotency: IdempotencyStore
  readonly dispatcher: WebhookDispatcher
  readonly processor: OrderProcessor
  private readonly shutdownController = new AbortController()
  private readonly initialApiKeys: string[]

  constructor(private readonly options: CoreOptions) {
    this.config = { ...options.config }
    this.limiter = new RateLimiter(options.rateLimits)
    const loaded = options.persistFile ? loadState(options.persistFile) : undefined
    this.state = loaded ?? { ...emptyState(), products: seedCatalog() }
    for (const apiKey of options.apiKeys) {
      if (!this.accountByKey(apiKey)) this.createAccount({ apiKey })
    }
    if (this.state.accounts.length === 0) this.createAccount({})
    this.initialApiKeys = this.state.accounts.map((a) => a.apiKey)
    this.idempotency = new IdempotencyStore(
      () => this.state.idempotency,
      () => this.persist(),
      () => this.config.idempotency
    )
    this.dispatcher = new WebhookDispatcher({
      subscriptions: () => this.state.webhooks,
      config: () => this.config,
      onStatsChanged: () => this.persist(),
    })
    this.processor = new OrderProcessor(this)
    this.processor.resumePending()
    this.persist()
  }

  /** Keys of the accounts that existed at start (and come back on reset). */
  get apiKeys(): string[] {
    return [...this.initialApiKeys]
  }

  /** Aborted by `close()`; long waits (injected latency) listen to it. */
  get shutdownSignal(): AbortSignal {
    return this.shutdownController.signal
  }

  now(): Date {
    return new Date()
  }

  /** Waits `ms`, or less if the sandbox is closing. */
  pause(ms: number): Promise<void> {
    return pause(ms, this.shutdownController.signal)
  }

  /** Writes the state to `persistFile`, when configured. */
  persist(): void {
    if (this.options.persistFile) saveState(this.options.persistFile, this.state)
  }

  accountByKey(apiKey: string): Account | undefined {
    return this.state.accounts.find((a) => a.apiKey === apiKey)
  }

  accountByUserId(userId: string): Account | undefined {
    return this.state.accounts.find((a) => a.userId === userId)
  }

  productByCode(productCode: string): Product | undefined {
    return this.state.products.find((p) => p.productCode === productCode)
  }

  createAccount(spec: AccountSpec): Account {
    const now = this.now()
    const index = this.state.accounts.length + 1
    const account: Account = {
      apiKey: spec.apiKey ?? newApiKey(),
      userId: objectId(now.getTime()),
      name: spec.name ?? `Sandbox Business ${index}`,
      email: spec.email ?? `business${index}@sandbox.ugift.me`,
      plan: "business",
      profileStatus: spec.profileStatus ?? "verified",
      missingFields:
        spec.missingFields ??
        (spec.profileStatus === "incomplete" ? ["businessPhoneNumber", "registrationNumber"] : []),
      ipAllowList: spec.ipAllowList ?? [],
      revokedReason: null,
      createdAt: now.toISOString(),
    }
    this.state.accounts.push(account)
    const openingBalances =
      spec.wallets ??
      Object.fromEntries(catalogCurrencies(this.state.products).map((c) => [c, this.options.initialBalance]))
    for (const [currency, amount] of Object.entries(openingBalances)) {
      const wallet = ensureWallet(this.state, account.userId, currency, now)
      if (amount > 0) credit(wallet, toMinor(amount), "Sandbox opening balance", now)
    }
    this.persist()
    return account
  }

  /** Adds money to a wallet (creating it if needed) and emits `wallet.updated`. */
  fundWallet(account: Account, currency: string, amountMinor: number): Wallet {
    const now = this.now()
    const wallet = ensureWallet(this.state, account.userId, currency, now)
    const transaction = credit(wallet, amountMinor, "Sandbox wallet funding", now)
    this.persist()
    this.emitWalletUpdated(account, wallet, transaction, "funding")
    return wallet
  }

  /**
   * Creates paid orders and debits the wallet once per order. The caller has
   * checked that the available balance covers the total.
   */
  purchase(
    account: Account,
    items: { input: OrderInput; product: Product }[],
    meta: { orderRequestId: string | null; idempotencyKey: string | null }
  ): StoredOrder[] {
    const created: StoredOrder[] = []
    for (const { input, product } of items) {
      const now = this.now()
      const wallet = findWallet(this.state, account.userId, product.currency)
      const amountMinor = toMinor(input.valuePurchased)
      if (!wallet || availableMinor(wallet) < amountMinor) {
        throw new Error("purchase without cover")
      }
      const order = buildOrder(account.userId, input, product, meta, now)
      const transaction = debit(
        wallet,
        amountMinor,
        { id: order.transactionId, orderId: order._id, details: `Purchase of ${product.productCode}` },
        now
      )
      this.state.orders.push(order)
      this.countOrder(account, order, amountMinor)
      created.push(order)
      this.persist()
      this.emitWalletUpdated(account, wallet, transaction, "order")
    }
    return created
  }

  emitWalletUpdated(
    account: Account,
    wallet: Wallet,
    transaction: WalletTransaction,
    source: "order" | "funding"
  ): void {
    this.dispatcher.emit(account.userId, "wallet.updated", {
      userId: account.userId,
      currency: wallet.currency,
      balance: fromMinor(wallet.balanceMinor),
      availableBalance: fromMinor(availableMinor(wallet)),
      source,
      timestamp: transaction.timestamp,
      transaction: {
        type: transaction.transactionType === "purchase" ? "debit" : "credit",
        amount: transaction.transactionValue,
        orderId: transaction.orderID,
        details: transaction.details,
      },
    })
  }

  /** Back to the start: initial accounts freshly funded, seeded catalog, no orders, default settings. */
  reset(): void {
    this.processor.reset()
    this.dispatcher.reset()
    this.faults.clear()
    this.limiter.reset()
    for (const [name, rule] of Object.entries(this.options.rateLimits)) {
      if (rule) this.limiter.setRule(name as LimiterName, rule)
    }
    this.config = { ...this.options.config }
    this.state = { ...emptyState(), products: seedCatalog() }
    for (const apiKey of this.initialApiKeys) this.createAccount({ apiKey })
    this.persist()
  }

  async close(): Promise<void> {
    this.shutdownController.abort()
    this.processor.reset()
    await this.dispatcher.close()
  }

  private countOrder(account: Account, order: StoredOrder, amountMinor: number): void {
    const counters = this.state.counters
    counters.ordersCreated += 1
    if (order.idempotencyKey) {
      counters.ordersByIdempotencyKey[order.idempotencyKey] =
        (counters.ordersByIdempotencyKey[order.idempotencyKey] ?? 0) + 1
    }
    const debits = (counters.debits[account.apiKey] ??= { count: 0, totalsByCurrency: {} })
    debits.count += 1
    debits.totalsByCurrency[order.currency] = fromMinor(
      toMinor(debits.totalsByCurrency[order.currency] ?? 0) + amountMinor
    )
  }
}

function emptyState(): SandboxState {
  return {
    version: 1,
    accounts: [],
    wallets: [],
    products: [],
    orders: [],
    orderRequests: [],
    webhooks: [],
    idempotency: {},
    counters: emptyCounters(),
  }
}
