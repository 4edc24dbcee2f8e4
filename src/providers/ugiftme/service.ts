import type {
  CreateFulfillmentResult,
  FulfillmentDTO,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  resolveUgiftmeProviderOptions,
  type ResolvedUgiftmeProviderOptions,
  type UgiftmeProviderOptions,
} from "./options"
import {
  checkReceiptCoversItems,
  readFulfillmentVouchers,
  readVoucherReceipt,
} from "../../lib/gifting/voucher-receipt"
import { SingleOptionFulfillmentProvider } from "../../lib/fulfillment/single-option-provider"
import { VOUCHER_FULFILLMENT_OPTION_ID } from "../../shared/voucher-shipping-rules"
import { parseVoucherShippingData } from "../../lib/gifting/voucher-shipping-data"

/** The one fulfillment option this provider offers. */
export const VOUCHER_EMAIL_OPTION_ID = VOUCHER_FULFILLMENT_OPTION_ID

/**
 * "Digital voucher by email" (UGiftMe): each unit of a mapped variant is one
 * UGiftMe voucher, paid from the merchant's UGiftMe wallet and emailed by
 * UGiftMe to the recipient chosen at checkout.
 *
 * Where the purchase happens, and why: buying exactly once per unit needs a
 * ledger written before the partner is called (one `voucher_order` row per
 * unit with a unique idempotency key, see the gifting module), and a provider
 * lives in the fulfillment module's container, where the plugin's module
 * cannot be resolved. So the plugin's `buyOrderVouchersWorkflow` buys the
 * vouchers (row first, then `POST /orders` with the row's key and a body
 * rebuilt from the row, outcome recorded right after), and only then asks
 * Medusa's `createOrderFulfillmentWorkflow` for a fulfillment of the units
 * UGiftMe accepted, passing their receipt in `additional_data`. This provider
 * checks that receipt against the items and stores it on the fulfillment: it
 * never calls UGiftMe, so no retry, replay or crash of a fulfillment can buy
 * anything. A fulfillment asked for without a receipt (the dashboard's
 * "Fulfill items") is refused with the route to use instead.
 */
export class UgiftmeFulfillmentService extends SingleOptionFulfillmentProvider {
  static override identifier = "ugiftme"

  protected readonly options_: ResolvedUgiftmeProviderOptions

  /** Fails the boot on malformed options, naming the option. */
  static validateOptions(options: UgiftmeProviderOptions): void {
    resolveUgiftmeProviderOptions(options)
  }

  constructor(_dependencies: Record<string, unknown>, options: UgiftmeProviderOptions) {
    super()
    this.options_ = resolveUgiftmeProviderOptions(options)
  }

  protected readonly flatPriceMessage = "Digital vouchers use a flat price"

  protected fulfillmentOption(): FulfillmentOption {
    return { id: VOUCHER_EMAIL_OPTION_ID, name: this.options_.optionName, is_digital: true }
  }

  /**
   * Runs when the storefront adds the shipping method: the recipient's email
   * is required, their name and a gift message (at most 500 characters)
   * optional. The returned data is what Medusa stores on the shipping method.
   */
  override async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    _context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    const parsed = parseVoucherShippingData(data)
    if (!parsed.success) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Digital voucher: ${parsed.message}`)
    }
    return parsed.data
  }

  /**
   * Records the vouchers the plugin bought for these items (the receipt in
   * `additionalData`); refuses when there is no receipt, or when it does not
   * hold exactly one accepted voucher per unit. No partner call.
   */
  override async createFulfillment(
    data: Record<string, unknown>,
    items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    order: Partial<FulfillmentOrderDTO> | undefined,
    _fulfillment: Partial<Omit<FulfillmentDTO, "provider_id" | "data" | "items">>,
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const recipient = parseVoucherShippingData(data)
    if (!recipient.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Digital voucher: the shipping method has no valid recipient (${recipient.message})`
      )
    }
    const receipt = readVoucherReceipt(additionalData)
    if (!receipt) {
      const orderId = order?.id ?? "{order_id}"
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Digital vouchers are bought from UGiftMe before their fulfillment is created, so that none is bought twice. ` +
          `Fulfil them with POST /admin/gifting/orders/${orderId}/vouchers/fulfill ` +
          `(done automatically after the order is placed when the plugin option ugiftme.autoFulfill is on).`
      )
    }
    const coverage = checkReceiptCoversItems(receipt, items)
    if (!coverage.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Digital voucher: ${coverage.message}`)
    }
    return { data: { ...recipient.data, vouchers: receipt }, labels: [] }
  }

  /**
   * A voucher cannot be taken back once UGiftMe accepted it: it is paid from
   * the wallet and emailed to the recipient. Cancelling is refused with that
   * explanation unless every voucher of the fulfillment failed.
   */
  override async cancelFulfillment(data: Record<string, unknown>): Promise<Record<string, unknown>> {
    const issued = readFulfillmentVouchers(data).filter((voucher) => voucher.status !== "failed")
    if (issued.length > 0) {
      const recipient = typeof data.recipient_email === "string" ? ` to ${data.recipient_email}` : ""
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Issued vouchers cannot be recalled: ${issued.length} UGiftMe voucher(s) of this fulfillment were ` +
          `paid from the merchant's UGiftMe wallet and are emailed${recipient} by UGiftMe. ` +
          `Refund the customer instead if needed.`
      )
    }
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Digital vouchers cannot be returned: UGiftMe has emailed them to the recipient."
    )
  }
}
