import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { GiftyzetClient } from "../../lib/giftyzet"
import { JobRunBudget } from "../../lib/jobs/job-run-budget"
import { PartnerHealth, type Partner } from "../../lib/jobs/partner-health"
import type { UgiftmeClient } from "../../lib/ugiftme"
import GiftOrder from "./models/gift-order"
import GiftReminder from "./models/gift-reminder"
import VoucherOrder from "./models/voucher-order"
import VoucherProduct from "./models/voucher-product"
import VoucherWalletBalance from "./models/voucher-wallet-balance"
import VoucherWebhook from "./models/voucher-webhook"
import { GiftingClock } from "./clock"
import type { GiftingPluginOptions, ResolvedGiftingOptions } from "./options"
import { describePartners, type GiftingPartnersStatus } from "./partner-status"
import { WebhookSecretCache } from "./webhook-secret-cache"

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
