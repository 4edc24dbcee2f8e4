import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { UGIFTME_VOUCHER_REPORTED_EVENT } from "../modules/gifting/voucher-events"
import type { VoucherOrderReport } from "../workflows/vouchers/steps/fetch-voucher-outcome"
import { syncVoucherOrderWorkflow } from "../workflows/vouchers/sync-voucher-order"
import { errorMessage } from "../lib/error-message"

/**
 * Applies what a signed UGiftMe delivery reported about a voucher (the
 * webhook route answered UGiftMe at once and handed it over): completes,
 * fails or advances the voucher through `syncVoucherOrderWorkflow`, which
 * waits for the order's lock and skips a voucher already settled, so a
 * delivery handed over twice changes nothing. A failure is left to the poll
 * job, which asks UGiftMe for the same answer.
 */
export default async function ugiftmeVoucherReportedHandler({
  event,
  container,
}: SubscriberArgs<{ voucher_order_id: string; report: VoucherOrderReport }>) {
  try {
    await syncVoucherOrderWorkflow(container).run({ input: event.data })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `gifting: could not apply UGiftMe's ${event.data.report.status} report on voucher ${event.data.voucher_order_id}; the poll job will ask again: ${errorMessage(error)}`
      )
  }
}

export const config: SubscriberConfig = {
  event: UGIFTME_VOUCHER_REPORTED_EVENT,
  context: { subscriberId: "gifting-ugiftme-voucher-reported" },
}
