import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

/** What the plugin reads of an order's payment collections. */
export type PaymentCollectionRow = {
  status?: string | null
  amount?: BigNumberInput | null
  captured_amount?: BigNumberInput | null
} | null

/** What the plugin needs to know of an order before buying or creating anything for it. */
export type OrderPaymentState = {
  /** Every live payment collection of the order is captured in full (or is for nothing). */
  captured: boolean
  canceled: boolean
}

export const ORDER_PAYMENT_FIELDS = [
  "status",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
]

/**
 * Whether these payment collections are paid: at least one that is not
 * canceled, and each of those `completed` or with a captured amount that
 * reaches its amount (a collection of 0, e.g. a fully discounted order, has
 * nothing to capture). An authorised payment is not captured: on the system
 * provider nobody has paid yet, and a card's authorisation can still fail or
 * be a stolen card's.
 */
export function isPaymentCaptured(collections: PaymentCollectionRow[] | null | undefined): boolean {
  const live = (collections ?? []).filter(
    (collection): collection is NonNullable<PaymentCollectionRow> =>
      Boolean(collection) && collection?.status !== "canceled"
  )
  if (live.length === 0) return false
  return live.every(
    (collection) =>
      collection.status === "completed" ||
      MathBN.eq(collection.amount ?? 0, 0) ||
      MathBN.gte(collection.captured_amount ?? 0, collection.amount ?? 0)
  )
}

/**
 * The one place the plugin decides whether an order's payment is captured
 * and whether the order is canceled, read fresh with `query.graph`.
 * Undefined when the order does not exist.
 */
export async function readOrderPaymentState(
  container: MedusaContainer,
  orderId: string
): Promise<OrderPaymentState | undefined> {
  return (await readOrderPaymentStates(container, [orderId])).get(orderId)
}

/** `readOrderPaymentState` for many orders in one `query.graph` call (a job's page); orders that do not exist are missing. */
export async function readOrderPaymentStates(
  container: MedusaContainer,
  orderIds: readonly string[]
): Promise<Map<string, OrderPaymentState>> {
  const states = new Map<string, OrderPaymentState>()
  if (orderIds.length === 0) return states
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", ...ORDER_PAYMENT_FIELDS],
    filters: { id: [...orderIds] },
  })
  for (const row of data) {
    const order = row as {
      id: string
      status?: string | null
      payment_collections?: PaymentCollectionRow[] | null
    }
    states.set(order.id, {
      captured: isPaymentCaptured(order.payment_collections),
      canceled: order.status === "canceled",
    })
  }
  return states
}

/** The order a payment belongs to (through its payment collection's link), or null. */
export async function orderIdOfPayment(
  container: MedusaContainer,
  paymentId: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentId },
  })
  const collectionId = (payments[0] as { payment_collection_id?: string | null } | undefined)
    ?.payment_collection_id
  if (!collectionId) return null
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collectionId },
  })
  return (links[0] as { order_id?: string | null } | undefined)?.order_id ?? null
}
