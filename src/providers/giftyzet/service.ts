import type {
  BigNumberInput,
  CreateFulfillmentResult,
  FulfillmentDTO,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  Logger,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  GiftyzetClient,
  GiftyzetNotFoundError,
  isGiftyzetError,
  type GiftyzetOrder,
} from "../../lib/giftyzet"
import {
  resolveGiftyzetProviderOptions,
  type GiftyzetProviderOptions,
  type ResolvedGiftyzetProviderOptions,
} from "./options"
import { SingleOptionFulfillmentProvider } from "../../lib/fulfillment/single-option-provider"
import {
  GIFT_FULFILLMENT_OPTION_ID,
  GIFT_RECIPIENT_FIELD_ALIASES,
  GIFT_RECIPIENT_FIELDS,
} from "../../shared/gift-shipping-rules"
import { parseGiftShippingData } from "../../lib/gifting/gift-shipping-data"
import { giftCurrencyProblem, GIFTYZET_MAX_TOTAL } from "../../lib/gifting/giftyzet-limits"

/** The one fulfillment option this provider offers (shared with the storefront helpers). */
export const SEND_AS_GIFT_OPTION_ID = GIFT_FULFILLMENT_OPTION_ID

type InjectedDependencies = {
  logger: Logger
}

/**
 * "Send as a gift" (Giftyzet). At checkout it validates who receives the gift;
 * the Giftyzet order itself is created after payment by the plugin's
 * `order.placed` workflow. When staff fulfil the order, it checks with
 * Giftyzet that the recipient confirmed and puts their address on the
 * fulfillment.
 */
export class GiftyzetFulfillmentService extends SingleOptionFulfillmentProvider {
  static override identifier = "giftyzet"

  protected readonly options_: ResolvedGiftyzetProviderOptions
  protected readonly client_: GiftyzetClient | null
  protected readonly logger_: Logger

  /** Fails the boot on malformed options, naming the option. */
  static validateOptions(options: GiftyzetProviderOptions): void {
    resolveGiftyzetProviderOptions(options)
  }

  constructor({ logger }: InjectedDependencies, options: GiftyzetProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = resolveGiftyzetProviderOptions(options)
    this.client_ = this.options_.apiKey
      ? new GiftyzetClient({
          baseUrl: this.options_.baseUrl,
          apiKey: this.options_.apiKey,
          timeoutMs: this.options_.timeoutMs,
          logger: { warn: (message) => logger.warn(message) },
        })
      : null
  }

  protected readonly flatPriceMessage = "Send as a gift uses a flat price"

  protected fulfillmentOption(): FulfillmentOption {
    return { id: SEND_AS_GIFT_OPTION_ID, name: "Send as a gift", is_gift: true }
  }

  /**
   * Runs when the storefront adds the shipping method: the recipient's name
   * and email are required, phone and gift message optional. The returned
   * data is what Medusa stores on the shipping method. A cart Giftyzet cannot
   * take is refused with a 400 saying why: another currency than the Giftyzet
   * store's (option `currency`), or items over Giftyzet's maximum total. (The
   * context holds the cart without the gift's own shipping price, so a zero
   * total is only known after payment: the gift then ends failed for staff.)
   */
  override async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    const currencyProblem = giftCurrencyProblem(
      (context as { currency_code?: string | null }).currency_code,
      this.options_.currency
    )
    if (currencyProblem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${currencyProblem}.`)
    }
    const itemTotal = (context as { item_total?: BigNumberInput | null }).item_total
    if (itemTotal !== undefined && itemTotal !== null && MathBN.gt(itemTotal, GIFTYZET_MAX_TOTAL)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Send as a gift takes totals up to ${GIFTYZET_MAX_TOTAL} (Giftyzet's maximum).`
      )
    }
    const parsed = parseGiftShippingData(data)
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Send as a gift: ${parsed.message}`)
    }
    return parsed.data
  }

  /**
   * Staff fulfil the gift: allowed only once the recipient confirmed their
   * address on Giftyzet. The fulfillment keeps only the references of the
   * Giftyzet order, never the recipient's contact details or address: Medusa's
   * store order route returns a fulfillment's `data` to anyone holding the
   * order id. Staff read the confirmed address for the label in the admin
   * (the order's gift widget, `GET /admin/gifting/orders/:order_id`).
   */
  override async createFulfillment(
    data: Record<string, unknown>,
    _items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    order: Partial<FulfillmentOrderDTO> | undefined,
    _fulfillment: Partial<Omit<FulfillmentDTO, "provider_id" | "data" | "items">>
  ): Promise<CreateFulfillmentResult> {
    if (!order?.id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A gift fulfillment needs its order")
    }
    const gift = await this.fetchGift(order.id)
    if (gift.status === "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Gift ${gift.order_number} is still waiting for the recipient to enter their delivery address; fulfil it once they have confirmed.`
      )
    }
    if (gift.status === "cancelled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Gift ${gift.order_number} was cancelled on Giftyzet.`
      )
    }
    return { data: giftFulfillmentData(data, gift), labels: [] }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    // Cancelling a fulfillment only undoes the store's packing; the gift
    // itself stays with the recipient. Order cancellation is reported to
    // Giftyzet by the plugin's order.canceled subscriber.
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  private async fetchGift(orderId: string): Promise<GiftyzetOrder> {
    if (!this.client_) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        'Giftyzet is not configured for the gift fulfillment provider: set its option "apiKey" (env GIFTYZET_API_KEY)'
      )
    }
    try {
      return await this.client_.getOrderByExternalId(orderId)
    } catch (error) {
      if (error instanceof GiftyzetNotFoundError) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Giftyzet has no gift for order ${orderId} yet; retry the gift sync from the order page first.`
        )
      }
      if (isGiftyzetError(error)) {
        this.logger_.warn(`giftyzet: could not read the gift of order ${orderId}: ${error.message}`)
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Could not reach Giftyzet to check the gift (${error.message}); try again.`
        )
      }
      throw error
    }
  }
}

/**
 * Shipping-method fields that name the recipient, under both names (data
 * stored before the rename holds `receiver_*`); they stay off the fulfillment.
 */
const RECIPIENT_FIELDS = new Set<string>([
  ...GIFT_RECIPIENT_FIELDS,
  ...Object.values(GIFT_RECIPIENT_FIELD_ALIASES),
])

/**
 * A gift fulfillment's `data`: the shipping method's data without the
 * recipient's fields, plus the Giftyzet order's references and the time the
 * recipient confirmed. Nothing a recipient typed.
 */
export function giftFulfillmentData(
  shippingData: Record<string, unknown>,
  gift: Pick<GiftyzetOrder, "id" | "order_number" | "confirmed_at">
): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(shippingData).filter(([key]) => !RECIPIENT_FIELDS.has(key)))
  return {
    ...kept,
    giftyzet_order_id: gift.id,
    giftyzet_order_number: gift.order_number,
    confirmed_at: gift.confirmed_at,
  }
}
