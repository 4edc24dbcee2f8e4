import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { GiftyzetClient } from "../../lib/giftyzet"
import { JobRunBudget } from "../../lib/jobs/job-run-budget"
import { PartnerHealth, type Partner } from "../../lib/jobs/partner-health"
import type { UgiftmeClient } from "../../lib/ugiftme"
import type { DuePage } from "../../lib/jobs/due-pages"
import { OPEN_STATUSES, type VoucherOrderRecord } from "../../lib/gifting/voucher-order-records"
import GiftOrder from "./models/gift-order"
import GiftReminder from "./models/gift-reminder"
import VoucherOrder from "./models/voucher-order"
import VoucherProduct from "./models/voucher-product"
import VoucherWalletBalance from "./models/voucher-wallet-balance"
import VoucherWebhook from "./models/voucher-webhook"
import { GiftingClock } from "./clock"
import type { GiftingPluginOptions, ResolvedGiftingOptions } from "./options"
import { describePartners, type GiftingPartnersStatus } from "./partner-status"
import { afterCursor, DUE_GIFT_ORDER_QUERIES, dueOrder, type DueGiftOrderKind } from "./due-queries"
import { WebhookSecretCache } from "./webhook-secret-cache"

/** A gift order a job is due to look at: its id, its Medusa order and the due time it was found by. */
export type DueGiftOrderRow = { id: string; order_id: string; due_at: Date }

/** An open voucher unit the poll job is due to look at, whole (the job settles it against this copy). */
export type DueVoucherOrderRow = VoucherOrderRecord & { due_at: Date }

type InjectedDependencies = {
  giftingOptions: ResolvedGiftingOptions
  giftyzetClient: GiftyzetClient | null
  ugiftmeClient: UgiftmeClient | null
  partnerHealth?: PartnerHealth
}

/**
 * The gifting module: gift orders (Giftyzet) and the plugin's validated
 * options. Partner I/O lives in the partner clients, not here.
 */
export default class GiftingModuleService extends MedusaService({
  GiftOrder,
  GiftReminder,
  VoucherProduct,
  VoucherOrder,
  VoucherWebhook,
  VoucherWalletBalance,
}) {
  protected readonly options_: ResolvedGiftingOptions
  protected readonly giftyzetClient_: GiftyzetClient | null
  protected readonly ugiftmeClient_: UgiftmeClient | null
  protected readonly partnerHealth_: PartnerHealth
  protected readonly clock_ = new GiftingClock(Number(process.env.GIFTING_CLOCK_OFFSET_DAYS ?? 0))
  protected readonly webhookSecrets_ = new WebhookSecretCache(() => this.readWebhookSigningSecrets())

  constructor(dependencies: InjectedDependencies, moduleOptions?: GiftingPluginOptions) {
    super(dependencies, moduleOptions)
    this.options_ = dependencies.giftingOptions
    this.giftyzetClient_ = dependencies.giftyzetClient
    this.ugiftmeClient_ = dependencies.ugiftmeClient
    this.partnerHealth_ =
      dependencies.partnerHealth ??
      new PartnerHealth({
        failureLimit: this.options_.jobs.partnerFailureLimit,
        cooldownMs: this.options_.jobs.partnerCooldownMs,
      })
  }

  /**
   * A guard for one job run that calls `partner`: true while the run may
   * start another call (its `jobs.runBudgetMs` is not spent and the partner
   * is not cooling down after `jobs.partnerFailureLimit` failures in a row).
   */
  async startJobRun(partner: Partner): Promise<() => boolean> {
    const budget = new JobRunBudget(this.options_.jobs.runBudgetMs)
    return () => !budget.spent() && !this.partnerHealth_.isCoolingDown(partner)
  }

  /**
   * One page of the gift orders due for `kind` at `now` (a poll, a creation
   * retry, a claim-window step, a status report retry), oldest due first:
   * one query over the kind's indexed due-time column, keyset-paged on due
   * time and id (`page.after`), so a job pages through any number of due
   * gifts with one page in memory. Gifts not due, parked or done never come back.
   */
  async listDueGiftOrders(kind: DueGiftOrderKind, now: Date, page: DuePage): Promise<DueGiftOrderRow[]> {
    const { filters, due_at } = DUE_GIFT_ORDER_QUERIES[kind](now)
    const rows = await this.listGiftOrders(
      { ...filters, ...afterCursor(due_at, page.after) },
      { select: ["id", "order_id", due_at], take: page.take, order: dueOrder(due_at) }
    )
    return rows.map((row) => ({
      id: row.id,
      order_id: row.order_id,
      due_at: new Date((row as Record<string, unknown>)[due_at] as Date),
    }))
  }

  /**
   * One page of the open voucher units (pending, queued, processing) whose
   * `next_poll_at` has come at `now`, oldest first: one query over the
   * indexed `next_poll_at`, keyset-paged on `next_poll_at` and id. Settled,
   * held, parked and cancelled units have no `next_poll_at` and never come back.
   */
  async listDueVoucherOrders(now: Date, page: DuePage): Promise<DueVoucherOrderRow[]> {
    const rows = (await this.listVoucherOrders(
      { status: [...OPEN_STATUSES], next_poll_at: { $lte: now }, ...afterCursor("next_poll_at", page.after) },
      { take: page.take, order: dueOrder("next_poll_at") }
    )) as VoucherOrderRecord[]
    return rows.map((row) => ({ ...row, due_at: new Date(row.next_poll_at as Date) }))
  }

  /**
   * Of these Medusa orders (shipped as gifts), those whose gift is not on
   * Giftyzet and not the retry job's: no gift row at all (`order.placed` was
   * lost) or a row still `waiting` since before `stuckBefore` (its handler
   * died mid-way). One query for the whole list.
   */
  async listUnsyncedGiftOrderIds(orderIds: readonly string[], stuckBefore: Date): Promise<string[]> {
    if (orderIds.length === 0) return []
    const rows = await this.listGiftOrders(
      { order_id: [...orderIds] },
      { select: ["order_id", "sync_state", "created_at"], take: orderIds.length }
    )
    const settled = new Set(
      rows
        .filter((row) => row.sync_state !== "waiting" || new Date(row.created_at) >= stuckBefore)
        .map((row) => row.order_id)
    )
    return orderIds.filter((id) => !settled.has(id))
  }

  /**
   * One page of the gift rows still `waiting` since before `stuckBefore`
   * (their `order.placed` handler died mid-way), oldest first, keyset-paged
   * on `created_at` and id; `due_at` is the row's `created_at`.
   */
  async listStuckGiftOrders(stuckBefore: Date, page: DuePage): Promise<DueGiftOrderRow[]> {
    const rows = await this.listGiftOrders(
      { sync_state: "waiting", created_at: { $lt: stuckBefore }, ...afterCursor("created_at", page.after) },
      { select: ["id", "order_id", "created_at"], take: page.take, order: dueOrder("created_at") }
    )
    return rows.map((row) => ({ id: row.id, order_id: row.order_id, due_at: new Date(row.created_at) }))
  }

  /**
   * The Giftyzet client, for workflow steps. Throws NOT_ALLOWED when the
   * store has no Giftyzet key, so a gift is recorded as failed, not lost.
   */
  async getGiftyzetClient(): Promise<GiftyzetClient> {
    if (!this.giftyzetClient_) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        'Giftyzet is not configured: set the plugin option "giftyzet.apiKey" (env GIFTYZET_API_KEY)'
      )
    }
    return this.giftyzetClient_
  }

  /** The UGiftMe client, for workflow steps. Throws NOT_ALLOWED when the store has no UGiftMe key. */
  async getUgiftmeClient(): Promise<UgiftmeClient> {
    if (!this.ugiftmeClient_) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        'UGiftMe is not configured: set the plugin option "ugiftme.apiKey" (env UGIFTME_API_KEY)'
      )
    }
    return this.ugiftmeClient_
  }

  /** The validated plugin options (including secrets: never send them to a client). */
  async getOptions(): Promise<ResolvedGiftingOptions> {
    return this.options_
  }

  /** The claim window's clock (see `GiftingClock`): jobs and staff actions take "now" from here. */
  async getClock(): Promise<GiftingClock> {
    return this.clock_
  }

  /** "Now" for the claim window. */
  async now(): Promise<Date> {
    return this.clock_.now()
  }

  /**
   * Every secret a genuine UGiftMe delivery may be signed with: the option's
   * and the stored subscriptions'. Cached per process (see
   * `WebhookSecretCache`); `{ refresh: true }` reads them again when they were
   * not read within the last second, else answers null.
   */
  async getWebhookSigningSecrets(options: { refresh?: boolean } = {}): Promise<string[] | null> {
    return options.refresh ? this.webhookSecrets_.refresh() : this.webhookSecrets_.get()
  }

  /** This process changed the stored subscriptions: the next delivery reads their secrets again. */
  async forgetWebhookSigningSecrets(): Promise<void> {
    this.webhookSecrets_.forget()
  }

  private async readWebhookSigningSecrets(): Promise<string[]> {
    const option = this.options_.ugiftme.webhookSecret
    const stored = (await this.listVoucherWebhooks({}, { select: ["secret"] })) as { secret: string }[]
    return [...(option ? [option] : []), ...stored.map((row) => row.secret)]
  }

  /** Which partners are set up, for the admin. Contains no secret. */
  async getPartnersStatus(): Promise<GiftingPartnersStatus> {
    return describePartners(this.options_)
  }
}
