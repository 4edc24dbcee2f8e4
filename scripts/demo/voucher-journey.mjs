// The voucher journey of the demo: a shopper buys a digital voucher for a
// friend; the store buys one UGiftMe voucher per unit from the wallet, and
// UGiftMe (sandbox) emails it to the recipient.
import { waitFor } from "./http.mjs"
import { DEMO_LONDON_ADDRESS, placeOrder } from "./storefront.mjs"

export const DEMO_VOUCHER_RECIPIENT = {
  recipient_email: "sam.friend@example.com",
  recipient_name: "Sam Friend",
  gift_message: "Treat yourself, Sam!",
}
const UNITS = 2

export async function runVoucherJourney({ store, admin, seed, say }) {
  const voucher = seed.voucher_product
  if (!voucher?.ugiftme) {
    throw new Error(
      `the seed did not map a voucher product to UGiftMe${voucher?.ugiftme_skipped ? `: ${voucher.ugiftme_skipped}` : ""}`
    )
  }
  const region = seed.regions.find((candidate) => candidate.currency_code === "gbp")
  const order = await placeOrder(store, {
    regionId: region.id,
    lines: [{ variant_id: voucher.variant_ids[0], quantity: UNITS }],
    shippingOptionName: "Digital voucher by email",
    shippingData: DEMO_VOUCHER_RECIPIENT,
    address: DEMO_LONDON_ADDRESS,
  })
  say(
    `storefront: voucher order ${order.id} placed and paid: ${UNITS} × "${voucher.handle}" (UGiftMe ${voucher.ugiftme.product_code}) for ${DEMO_VOUCHER_RECIPIENT.recipient_name}`
  )

  say("store: buying one UGiftMe voucher per unit from the wallet…")
  const vouchers = await waitFor(
    async () => {
      const body = await admin.get(`/admin/gifting/orders/${order.id}/vouchers`)
      const failed = body.vouchers.find((unit) => unit.status === "failed")
      if (failed) throw new Error(`voucher ${failed.id} failed: ${failed.error}`)
      return body.vouchers.length === UNITS && body.vouchers.every((unit) => unit.status === "succeeded")
        ? body.vouchers
        : null
    },
    { timeoutMs: 150_000, intervalMs: 1000, what: "every voucher of the order to succeed" }
  )
  for (const unit of vouchers) {
    say(
      `admin: voucher ${unit.unit_index + 1}/${UNITS} succeeded: ${unit.merchant} ${unit.currency} ${unit.value.toFixed(2)} to ${unit.recipient_email} (UGiftMe order ${unit.ugiftme_order_id})`
    )
  }
  return { order, vouchers }
}
