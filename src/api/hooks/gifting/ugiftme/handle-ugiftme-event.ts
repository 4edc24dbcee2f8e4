import type { IEventBusModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { extractOrderIds, type UgiftmeWebhookEvent } from "../../../../lib/ugiftme"
import { GIFTING_MODULE } from "../../../../modules/gifting"
import type GiftingModuleService from "../../../../modules/gifting/service"
import { UGIFTME_VOUCHER_REPORTED_EVENT } from "../../../../modules/gifting/voucher-events"
import type { VoucherOrderReport } from "../../../../workflows/vouchers/steps/fetch-voucher-outcome"
import { recordWalletBalanceWorkflow } from "../../../../workflows/vouchers/record-wallet-balance"
import { refreshVoucherProductsWorkflow } from "../../../../workflows/vouchers/refresh-voucher-products"

export type UgiftmeEventOutcome = {
  handled: boolean
  detail: string
  /** Applying it takes work that continues after the answer (the order's lock, a read at UGiftMe). */
  deferred?: boolean
}

/**
 * Fast path for deliveries that cannot change the voucher (a settled one, or
 * progress it already shows): answered at once, without taking the order's
 * lock. The workflow would reach the same result, only later.
 */
function alreadyApplied(event: string, status: string): boolean {
  if (status === "succeeded" || status === "failed") return true
  if (event === "order.queued") return true
  return event === "order.processing" && status === "processing"
}

function reportOf(delivery: Extract<UgiftmeWebhookEvent, { event: `order.${string}` }>): VoucherOrderReport {
  switch (delivery.event) {
    case "order.succeeded":
      return { status: "succeeded", order_ids: extractOrderIds(delivery.payload.result) }
    case "order.failed":
      return { status: "failed", error: delivery.payload.error ?? null }
    default:
      return { status: delivery.payload.status }
  }
}

/**
 * Applies one verified delivery, or hands it over. Every branch is idempotent
 * — the same delivery twice, or deliveries out of order, end in the same state:
 * - `order.*`: the voucher is found by its order request id (indexed); an
 *   unknown id (another store on the same account) or a report the voucher
 *   already shows is answered at once; anything else is handed to the
 *   `gifting-ugiftme-voucher-reported` subscriber through the event bus
 *   (`syncVoucherOrderWorkflow`, under the order's lock, which a purchase of
 *   the same order may be holding), so UGiftMe gets its answer without
 *   waiting for that lock; the poll job covers a hand-over that is lost;
 * - `wallet.updated`: the last balance per currency is kept;
 * - `product.updated`: mappings of the product are refreshed or flagged;
 * - `webhook.test`: acknowledged.
 */
export async function handleUgiftmeEvent(
  container: MedusaContainer,
  delivery: UgiftmeWebhookEvent
): Promise<UgiftmeEventOutcome> {
  switch (delivery.event) {
    case "order.queued":
    case "order.processing":
    case "order.succeeded":
    case "order.failed": {
      const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
      const [voucher] = await gifting.listVoucherOrders(
        { order_request_id: delivery.payload.orderRequestId },
        { take: 1, select: ["id", "status"] }
      )
      if (!voucher) return { handled: false, detail: "unknown order request" }
      if (alreadyApplied(delivery.event, voucher.status)) return { handled: true, detail: "already applied" }
      await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit(
        {
          name: UGIFTME_VOUCHER_REPORTED_EVENT,
          data: { voucher_order_id: voucher.id, report: reportOf(delivery) },
        },
        // Redis event bus: a failed application is tried again (the poll job backs it up).
        { attempts: 3, backoff: { type: "exponential", delay: 2_000 } }
      )
      return { handled: true, detail: delivery.event, deferred: true }
    }
    case "wallet.updated": {
      const { payload } = delivery
      await recordWalletBalanceWorkflow(container).run({
        input: {
          currency: payload.currency,
          balance: payload.balance,
          available_balance: payload.availableBalance ?? null,
          source: payload.source ?? null,
          reported_at: payload.timestamp ?? null,
        },
      })
      return { handled: true, detail: delivery.event }
    }
    case "product.updated": {
      const { payload } = delivery
      await refreshVoucherProductsWorkflow(container).run({
        input: {
          productCode: payload.productCode,
          name: payload.name,
          merchant: payload.merchant,
          currency: payload.currency,
          isActive: payload.isActive,
          denominations: payload.denominations,
          minValue: payload.minValue,
          maxValue: payload.maxValue,
          updatedAt: payload.updatedAt,
        },
      })
      return { handled: true, detail: delivery.event }
    }
    case "webhook.test": {
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .info("gifting: UGiftMe webhook test delivery received and verified")
      return { handled: true, detail: delivery.event }
    }
  }
}
