import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GIFTING_MODULE } from "../../modules/gifting"
import type GiftingModuleService from "../../modules/gifting/service"
import { buyOrderVouchersWorkflow } from "./buy-order-vouchers"
import { syncVoucherOrderWorkflow } from "./sync-voucher-order"
import { OPEN_STATUSES, type VoucherOrderRecord } from "./types"

export type PollVoucherOrdersResult = {
  /** Orders whose pending vouchers were sent again (same keys). */
  orders_rebought: string[]
  /** Vouchers whose order request was checked with UGiftMe. */
  vouchers_polled: string[]
}

/**
 * One pass of the voucher poll: the open vouchers whose `next_poll_at` has
 * come (indexed on status + next_poll_at), oldest first. A pending voucher —
 * its purchase answer was lost, or its run died — is bought again with the
 * same idempotency key (UGiftMe replays it if it went through); a queued or
 * processing one has its order request checked. Each run schedules the next
 * look with backoff. Failures are logged and left for the next pass.
 */
export async function pollVoucherOrders(
  container: MedusaContainer,
  { now = new Date(), limit = 50 }: { now?: Date; limit?: number } = {}
): Promise<PollVoucherOrdersResult> {
  const gifting = container.resolve<GiftingModuleService>(GIFTING_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const due = (await gifting.listVoucherOrders(
    { status: [...OPEN_STATUSES], next_poll_at: { $lte: now } },
    { take: limit, order: { next_poll_at: "ASC" } }
  )) as VoucherOrderRecord[]

  const result: PollVoucherOrdersResult = { orders_rebought: [], vouchers_polled: [] }
  const orders = [
    ...new Set(due.filter((voucher) => voucher.status === "pending").map((voucher) => voucher.order_id)),
  ]
  for (const orderId of orders) {
    try {
      await buyOrderVouchersWorkflow(container).run({ input: { order_id: orderId } })
      result.orders_rebought.push(orderId)
    } catch (error) {
      logger.warn(`gifting: could not retry the vouchers of order ${orderId}: ${(error as Error).message}`)
    }
  }
  for (const voucher of due.filter((candidate) => candidate.status !== "pending")) {
    try {
      await syncVoucherOrderWorkflow(container).run({ input: { voucher_order_id: voucher.id } })
      result.vouchers_polled.push(voucher.id)
    } catch (error) {
      logger.warn(`gifting: could not check voucher ${voucher.id} with UGiftMe: ${(error as Error).message}`)
    }
  }
  return result
}
