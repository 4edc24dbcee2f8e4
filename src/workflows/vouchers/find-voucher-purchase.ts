import type { UgiftmeClient, UgiftmeCreateOrderInput, UgiftmeOrder } from "../../lib/ugiftme"
import type GiftingModuleService from "../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../lib/gifting/voucher-order-records"
import { buildVoucherPurchase } from "../../lib/gifting/voucher-payload"
import type { VoucherPurchaseOutcome } from "../../lib/gifting/voucher-purchase-outcome"
import { outcomeOfPurchaseError } from "../../lib/gifting/voucher-purchase-outcome"

/** Orders created this long before the key's first send are searched too (clock skew). */
const SEARCH_MARGIN_MS = 5 * 60_000
const PAGE_SIZE = 100
const MAX_PAGES = 10

/** True when a UGiftMe order is a purchase of this body: product, currency, value and recipient. */
export function isOrderOf(order: UgiftmeOrder, purchase: UgiftmeCreateOrderInput): boolean {
  return (
    order.productCode === purchase.productCode &&
    order.currency === purchase.currency &&
    order.valuePurchased === purchase.valuePurchased &&
    (order.giftOrder?.recipientEmail ?? "").toLowerCase() === (purchase.recipientEmail ?? "").toLowerCase()
  )
}

/** The orders at UGiftMe, created since `since`, that match the unit's purchase body. */
async function searchMatchingOrders(
  client: UgiftmeClient,
  purchase: UgiftmeCreateOrderInput,
  since: Date
): Promise<UgiftmeOrder[]> {
  const found: UgiftmeOrder[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await client.searchOrders({
      merchant: purchase.merchant,
      startDate: since.toISOString(),
      page,
      limit: PAGE_SIZE,
      sortBy: "createdAt",
      order: "asc",
    })
    found.push(...answer.orders.filter((order) => isOrderOf(order, purchase)))
    if (answer.orders.length < PAGE_SIZE || page >= (answer.pagination?.totalPages ?? page)) break
  }
  return found
}

function parkReason(row: VoucherOrderRecord): string {
  const since = row.key_sent_at ? new Date(row.key_sent_at).toISOString() : "?"
  return (
    `Outcome unknown: the purchase was sent ${row.key_sends ?? 0} time(s) with its key since ${since} ` +
    `without a result, and UGiftMe's orders since then hold no unclaimed order for this recipient, ` +
    `product and value. Check the UGiftMe dashboard before retrying: a retry buys with a new key.`
  )
}

/**
 * Instead of re-sending a key UGiftMe may have forgotten, looks for the unit's
 * purchase among UGiftMe's orders (`GET /orders/search` by merchant and time,
 * matched on product, currency, value and recipient). Units with the same
 * recipient, product and value are interchangeable, so any matching order no
 * voucher row holds is this unit's — unless as many same-kind units are
 * still waiting on an order request (theirs may be among the matches). Found:
 * `succeeded`; not found: `parked` for staff; the search failed: `unknown`,
 * looked for again later. Never sends a purchase.
 */
export async function findVoucherPurchase(
  gifting: GiftingModuleService,
  client: UgiftmeClient,
  row: VoucherOrderRecord
): Promise<VoucherPurchaseOutcome> {
  const purchase = buildVoucherPurchase(row)
  const since = new Date(new Date(row.key_sent_at ?? Date.now()).getTime() - SEARCH_MARGIN_MS)
  let matches: UgiftmeOrder[]
  try {
    matches = await searchMatchingOrders(client, purchase, since)
  } catch (error) {
    // Whatever the search answered, nothing was bought by it: look again later.
    const failure = outcomeOfPurchaseError(error, row.currency)
    return {
      kind: "unknown",
      error: `could not look for the purchase at UGiftMe: ${failure.kind === "refused" || failure.kind === "unknown" ? failure.error : failure.kind}`,
      retry_after_ms: failure.kind === "unknown" ? failure.retry_after_ms : undefined,
    }
  }
  const ids = matches.map((order) => order._id)
  const claimed = new Set(
    ids.length
      ? (
          (await gifting.listVoucherOrders(
            { ugiftme_order_id: ids },
            { select: ["ugiftme_order_id"] }
          )) as VoucherOrderRecord[]
        ).map((voucher) => voucher.ugiftme_order_id)
      : []
  )
  const unclaimed = matches.filter((order) => !claimed.has(order._id))
  const waiting = (
    (await gifting.listVoucherOrders(
      {
        status: ["queued", "processing"],
        recipient_email: row.recipient_email,
        product_code: row.product_code,
        currency: row.currency,
      },
      { select: ["id", "value", "ugiftme_order_id"] }
    )) as VoucherOrderRecord[]
  ).filter((voucher) => !voucher.ugiftme_order_id && Number(voucher.value) === Number(row.value))
  if (unclaimed.length > waiting.length) {
    return { kind: "succeeded", ugiftme_order_id: unclaimed[0]._id }
  }
  return { kind: "parked", error: parkReason(row) }
}
