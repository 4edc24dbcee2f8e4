import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { extractOrderIds, UgiftmeError, UgiftmeRateLimitedError } from "../../../lib/ugiftme"
import { GIFTING_MODULE } from "../../../modules/gifting"
import type GiftingModuleService from "../../../modules/gifting/service"
import type { VoucherOrderRecord } from "../../../lib/gifting/voucher-order-records"

/** What a webhook delivery said about the row's order request. */
export type VoucherOrderReport = {
  status: string
  order_ids?: string[]
  error?: string | null
}

/** Where the row's order request stands, from a delivery or a poll. Ids only, never a voucher code. */
export type VoucherRequestOutcome =
  | { kind: "skipped"; voucher: VoucherOrderRecord | null }
  | { kind: "succeeded"; voucher: VoucherOrderRecord; ugiftme_order_id: string }
  | { kind: "failed"; voucher: VoucherOrderRecord; error: string }
  | { kind: "progress"; voucher: VoucherOrderRecord; status: "queued" | "processing" }
  | { kind: "poll_error"; voucher: VoucherOrderRecord; error: string; retry_after_ms?: number }

const OPEN_REQUEST_STATUSES = ["queued", "processing"]

/**
 * Learns how the row's UGiftMe order request ended: from the webhook report
 * when there is one, otherwise by asking `GET /orders/order-requests/{id}`;
 * a reported failure is confirmed by asking too (UGiftMe's answer wins).
 * A success is confirmed by fetching the created order (`GET /orders/{id}`),
 * of which only the id is kept. Rows that are not waiting on UGiftMe are
 * skipped, so a delivery received twice, or after the poll, changes nothing.
 */
export const fetchVoucherOutcomeStep = createStep(
  "fetch-voucher-outcome",
  async (
    { voucher_order_id, report }: { voucher_order_id: string; report?: VoucherOrderReport | null },
    { container }
  ) => {
    const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
    const [voucher] = (await gifting.listVoucherOrders({ id: voucher_order_id })) as VoucherOrderRecord[]
    if (!voucher || !OPEN_REQUEST_STATUSES.includes(voucher.status) || !voucher.order_request_id) {
      return new StepResponse<VoucherRequestOutcome>({ kind: "skipped", voucher: voucher ?? null })
    }
    const requestId = voucher.order_request_id
    try {
      const client = await gifting.getUgiftmeClient()
      let status = report?.status
      let orderIds = report?.order_ids ?? []
      let error = report?.error ?? undefined
      // A failure is only recorded once UGiftMe confirms it: a delivery can be
      // stale or misrouted, and a unit marked failed is bought again.
      if (!report || report.status === "failed") {
        const request = await client.getOrderRequest(requestId)
        status = request.status
        orderIds = extractOrderIds(request.result)
        error = request.error
      }
      if (status === "succeeded") {
        if (orderIds.length === 0 && report) {
          orderIds = extractOrderIds((await client.getOrderRequest(requestId)).result)
        }
        if (orderIds.length === 0) {
          return new StepResponse<VoucherRequestOutcome>({
            kind: "poll_error",
            voucher,
            error: `UGiftMe reported order request ${requestId} succeeded without an order id`,
          })
        }
        const order = await client.getOrder(orderIds[0])
        return new StepResponse<VoucherRequestOutcome>({
          kind: "succeeded",
          voucher,
          ugiftme_order_id: order._id,
        })
      }
      if (status === "failed") {
        return new StepResponse<VoucherRequestOutcome>({
          kind: "failed",
          voucher,
          error: `UGiftMe could not complete the voucher: ${error ?? "no reason given"}`,
        })
      }
      return new StepResponse<VoucherRequestOutcome>({
        kind: "progress",
        voucher,
        status: status === "processing" ? "processing" : "queued",
      })
    } catch (caught) {
      if (
        caught instanceof UgiftmeError ||
        (caught instanceof MedusaError && caught.type === MedusaError.Types.NOT_ALLOWED)
      ) {
        return new StepResponse<VoucherRequestOutcome>({
          kind: "poll_error",
          voucher,
          error: caught.message,
          retry_after_ms: caught instanceof UgiftmeRateLimitedError ? caught.retryAfterMs : undefined,
        })
      }
      throw caught
    }
  }
)
