import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findVoucherShippingMethod } from "../../../lib/gifting/order-kind"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import {
  isPaymentCaptured,
  ORDER_PAYMENT_FIELDS,
  type PaymentCollectionRow,
} from "../../../lib/order-payment"
import { isVoucherShippingData, type VoucherShippingData } from "../../../lib/gifting/voucher-shipping-data"
import type { VoucherProductRecord } from "../../../lib/gifting/voucher-order-records"
import { pickBasePrice, type VariantPriceRow } from "../../../lib/gifting/voucher-value"
import {
  voucherHoldReason,
  voucherUnitsOf,
  type VoucherOrderItem,
  type VoucherUnit,
} from "../../../lib/gifting/voucher-units"

export type VoucherOrderSource =
  | {
      is_voucher_order: false
      order_id: string
      reason: string
      /** The order is canceled: its units not yet bought are cancelled, never bought. */
      canceled?: boolean
    }
  | {
      is_voucher_order: true
      order_id: string
      /** The UGiftMe shipping option the order ships with (null if it is gone but vouchers are owed). */
      shipping_option_id: string | null
      recipient: VoucherShippingData | null
      /** Units the mappings call for; rows already in the ledger are kept as they are. */
      units: VoucherUnit[]
      /**
       * No unit is added to the ledger yet: purchases wait for the payment's
       * capture (`ugiftme.purchaseOn: "capture"`) and nobody on the staff asked.
       */
      awaiting_capture: boolean
      /** Why new units are written `held` for staff (over `maxUnitsPerOrder` / `maxValuePerOrder`). */
      hold_reason: string | null
    }

export type LoadVoucherOrderSourceInput = {
  order_id: string
  /** Staff asked for the purchase (admin fulfil route): no wait for the capture. */
  by_staff?: boolean
}

type OrderRow = {
  id: string
  status?: string | null
  currency_code: string
  items?: (VoucherOrderItem | null)[] | null
  shipping_methods?:
    ({ shipping_option_id?: string | null; data?: Record<string, unknown> | null } | null)[] | null
  payment_collections?: PaymentCollectionRow[] | null
}

/**
 * Base prices of the variants in `currency` (see `pickBasePrice`), read from
 * their price sets.
 */
async function variantBasePrices(
  container: MedusaContainer,
  variantIds: string[],
  currency: string
): Promise<Map<string, BigNumberInput>> {
  if (variantIds.length === 0) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: [
      "id",
      "prices.amount",
      "prices.currency_code",
      "prices.price_list_id",
      "prices.rules_count",
      "prices.min_quantity",
      "prices.max_quantity",
    ],
    filters: { id: variantIds },
  })
  const prices = new Map<string, BigNumberInput>()
  for (const variant of data as { id: string; prices?: (VariantPriceRow | null)[] | null }[]) {
    const base = pickBasePrice(variant.prices ?? [], currency)
    if (base !== undefined) prices.set(variant.id, base)
  }
  return prices
}

async function readVoucherOrderSource(
  container: MedusaContainer,
  { order_id, by_staff = false }: LoadVoucherOrderSourceInput
): Promise<VoucherOrderSource> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "currency_code",
      "items.id",
      "items.variant_id",
      // A line item's quantity lives on the order item ("detail"): "items.quantity" would read the line item's.
      "items.detail.quantity",
      "items.unit_price",
      "items.compare_at_unit_price",
      "shipping_methods.shipping_option_id",
      "shipping_methods.data",
      ...ORDER_PAYMENT_FIELDS,
    ],
    filters: { id: order_id },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
  }
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const owed = await gifting.listVoucherOrders({ order_id }, { take: 1, select: ["id"] })
  const skip = (reason: string): VoucherOrderSource =>
    owed.length > 0
      ? {
          is_voucher_order: true,
          order_id,
          shipping_option_id: null,
          recipient: null,
          units: [],
          awaiting_capture: false,
          hold_reason: null,
        }
      : { is_voucher_order: false, order_id, reason }
  if (order.status === "canceled") {
    return { is_voucher_order: false, order_id, reason: "the order is canceled", canceled: true }
  }

  const hasVoucherMethod = (order.shipping_methods ?? []).some(
    (method) => Boolean(method?.shipping_option_id) && isVoucherShippingData(method?.data)
  )
  if (!hasVoucherMethod) {
    return skip("no digital voucher shipping method")
  }
  const method = await findVoucherShippingMethod(query, order.shipping_methods ?? [])
  if (!method) return skip("the voucher shipping method is not a UGiftMe option")

  const variantIds = (order.items ?? []).flatMap((item) => (item?.variant_id ? [item.variant_id] : []))
  const mappings = (await gifting.listVoucherProducts({ variant_id: variantIds })) as VoucherProductRecord[]
  const mappedVariantIds = new Set(mappings.map((mapping) => mapping.variant_id))
  const units = voucherUnitsOf({
    currency_code: order.currency_code,
    items: order.items ?? [],
    mappings,
    base_prices: await variantBasePrices(
      container,
      variantIds.filter((id) => mappedVariantIds.has(id)),
      order.currency_code
    ),
  })
  if (units.length === 0) return skip("no line item is mapped to a UGiftMe product")
  const { ugiftme } = await gifting.getOptions()
  const awaiting_capture =
    !by_staff && ugiftme.purchaseOn === "capture" && !isPaymentCaptured(order.payment_collections)
  return {
    is_voucher_order: true,
    order_id,
    shipping_option_id: method.shipping_option_id,
    recipient: method.data,
    units: awaiting_capture ? [] : units,
    awaiting_capture,
    hold_reason: voucherHoldReason(ugiftme, units, order.currency_code.toUpperCase()),
  }
}

/**
 * Reads what an order owes in vouchers: its "Digital voucher by email"
 * shipping method (a UGiftMe shipping option with a validated recipient) and,
 * for every line item whose variant is mapped, one unit per quantity with the
 * face value and product it will be bought with. An order that already has
 * vouchers in the ledger stays a voucher order (what is owed is still bought
 * if a mapping was removed since). Reads only.
 *
 * Under `ugiftme.purchaseOn: "capture"` (the default) no unit is owed before
 * the order's payment is captured, unless staff ask (`by_staff`); units
 * already in the ledger were authorised then and are still bought. Units over
 * a limit carry `hold_reason` and are written `held`.
 */
export const loadVoucherOrderSourceStep = createStep(
  "load-voucher-order-source",
  async (input: LoadVoucherOrderSourceInput, { container }) => {
    return new StepResponse<VoucherOrderSource>(await readVoucherOrderSource(container, input))
  }
)
