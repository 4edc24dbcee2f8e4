import { uuid } from "../common/ids"
import { apiKeyPrefix, generateApiKey, hashApiKey } from "./ids"
import { loadSnapshot, saveSnapshot, type PersistedSnapshot } from "./persistence"
import type {
  CreateCallCounters,
  GiftyzetGeneration,
  IntegrationOrigin,
  SandboxConfig,
  StoredIntegration,
  StoredOrder,
} from "./types"

export type SandboxStateOptions = {
  apiKeys: string[]
  generation: GiftyzetGeneration
  persistFile?: string
}

/** Outcome of one create call, for the per-external-id counters. */
export type CreateOutcome = "accepted" | "conflicts" | "rejected" | "faulted"

/**
 * Everything the sandbox remembers: integrations, orders, create-call
 * counters and the runtime switches. Every mutation goes through a method
 * here so it can be written to `persistFile` straight away.
 */
export class SandboxState {
  integrations: StoredIntegration[] = []
  orders: StoredOrder[] = []
  createCalls: Record<string, CreateCallCounters> = {}
  config: SandboxConfig
  /** The keys given to (or generated for) the caller at start-up. */
  readonly startupKeys: string[]

  private readonly initialGeneration: GiftyzetGeneration
  private readonly persistFile: string | undefined

  constructor(options: SandboxStateOptions) {
    this.persistFile = options.persistFile
    this.initialGeneration = options.generation
    this.config = { generation: options.generation, gone: false }

    const snapshot = options.persistFile ? loadSnapshot(options.persistFile) : undefined
    if (snapshot) {
      this.integrations = snapshot.integrations
      this.orders = snapshot.orders
      this.createCalls = snapshot.create_calls
    }
    this.startupKeys = this.seedIntegrations(options.apiKeys)
    this.save()
  }

  /** Makes sure each start-up key has an integration; returns the keys. */
  private seedIntegrations(apiKeys: string[]): string[] {
    if (apiKeys.length === 0) {
      // A generated key cannot be recovered from its hash, so a restarted
      // sandbox rotates the key of the same default integration: its orders
      // stay reachable with the new key.
      const key = generateApiKey()
      const existing = this.integrations.find((integration) => integration.origin === "default")
      if (existing) {
        existing.api_key_hash = hashApiKey(key)
        existing.api_key_prefix = apiKeyPrefix(key)
      } else {
        this.addIntegration({ key, name: "Sandbox store", origin: "default" })
      }
      return [key]
    }
    apiKeys.forEach((key, index) => {
      if (!this.findIntegrationByKey(key)) {
        this.addIntegration({ key, name: `Sandbox store ${index + 1}`, origin: "option" })
      }
    })
    return [...apiKeys]
  }

  /** Creates an integration for `key` (the key itself is not stored). */
  addIntegration(input: {
    key: string
    name: string
    origin: IntegrationOrigin
    storeId?: string
    feePerOrder?: number
  }): StoredIntegration {
    const integration: StoredIntegration = {
      id: uuid(),
      name: input.name,
      store_id: input.storeId ?? uuid(),
      vendor_id: uuid(),
      fee_per_order: input.feePerOrder ?? 1.5,
      api_key_hash: hashApiKey(input.key),
      api_key_prefix: apiKeyPrefix(input.key),
      is_active: true,
      created_at: new Date().toISOString(),
      origin: input.origin,
    }
    this.integrations.push(integration)
    this.save()
    return integration
  }

  findIntegrationByKey(key: string): StoredIntegration | undefined {
    const hash = hashApiKey(key)
    return this.integrations.find((integration) => integration.is_active && integration.api_key_hash === hash)
  }

  findIntegrationByStore(storeId: string): StoredIntegration | undefined {
    return this.integrations.find((integration) => integration.store_id === storeId)
  }

  addOrder(order: StoredOrder): void {
    this.orders.push(order)
    this.save()
  }

  findOrderById(id: string): StoredOrder | undefined {
    return this.orders.find((order) => order.id === id)
  }

  findOrderByToken(token: string): StoredOrder | undefined {
    return this.orders.find((order) => order.gift_token === token)
  }

  findOrderForIntegration(integrationId: string, externalOrderId: string): StoredOrder | undefined {
    return this.orders.find(
      (order) => order.plugin_integration_id === integrationId && order.external_order_id === externalOrderId
    )
  }

  ordersOfIntegration(integrationId: string): StoredOrder[] {
    return this.orders.filter((order) => order.plugin_integration_id === integrationId)
  }

  /** Applies `change` to an order, stamps `updated_at` and saves. */
  updateOrder(order: StoredOrder, change: Partial<StoredOrder>): StoredOrder {
    Object.assign(order, change, { updated_at: new Date().toISOString() })
    this.save()
    return order
  }

  countersFor(externalOrderId: string): CreateCallCounters {
    return (
      this.createCalls[externalOrderId] ?? { received: 0, accepted: 0, conflicts: 0, rejected: 0, faulted: 0 }
    )
  }

  recordCreateReceived(externalOrderId: string): void {
    const counters = this.countersFor(externalOrderId)
    this.createCalls[externalOrderId] = { ...counters, received: counters.received + 1 }
    this.save()
  }

  recordCreateOutcome(externalOrderId: string, outcome: CreateOutcome): void {
    const counters = this.countersFor(externalOrderId)
    this.createCalls[externalOrderId] = { ...counters, [outcome]: counters[outcome] + 1 }
    this.save()
  }

  setConfig(change: Partial<SandboxConfig>): SandboxConfig {
    this.config = { ...this.config, ...change }
    return this.config
  }

  /** Forgets orders, counters and admin-created integrations. */
  reset(): void {
    this.orders = []
    this.createCalls = {}
    this.integrations = this.integrations.filter((integration) => integration.origin !== "admin")
    this.config = { generation: this.initialGeneration, gone: false }
    this.save()
  }

  private save(): void {
    if (!this.persistFile) {
      return
    }
    const snapshot: PersistedSnapshot = {
      version: 1,
      integrations: this.integrations,
      orders: this.orders,
      create_calls: this.createCalls,
    }
    saveSnapshot(this.persistFile, snapshot)
  }
}
