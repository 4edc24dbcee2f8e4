import type { MedusaContainer } from "@medusajs/framework/types"
import { pollVoucherOrders } from "../workflows/vouchers/poll-voucher-orders"

/**
 * Every minute: re-sends UGiftMe purchases whose answer was lost and checks
 * order requests no webhook has settled (webhooks not set up, or a delivery
 * missed). See `pollVoucherOrders`.
 */
export default async function pollVoucherOrdersJob(container: MedusaContainer): Promise<void> {
  await pollVoucherOrders(container)
}

export const config = {
  name: "gifting-poll-voucher-orders",
  schedule: "* * * * *",
}
