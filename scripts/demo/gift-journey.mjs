// The gift journey of the demo: a shopper sends an order as a gift, the
// recipient confirms through the Giftyzet (sandbox) page, the poll job learns it.
import { waitFor } from "./http.mjs"
import { placeOrder } from "./storefront.mjs"

export const DEMO_RECIPIENT = {
  recipient_name: "Rosa Recipient",
  recipient_email: "rosa.recipient@example.com",
  gift_message: "Happy birthday, Rosa!",
}

/**
 * `onLink({ order, gift })` runs once the recipient link exists, before the
 * recipient opens it (the demo shows the confirmation page and the
 * notification there).
 */
export async function runGiftJourney({ store, admin, seed, say, onLink }) {
  const region = seed.regions.find((candidate) => candidate.currency_code === "eur")
  const order = await placeOrder(store, {
    regionId: region.id,
    lines: [{ variant_id: seed.product.variant_ids[0], quantity: 1 }],
    shippingOptionName: "Send as a gift",
    shippingData: DEMO_RECIPIENT,
  })
  say(`storefront: order ${order.id} placed and paid, sent as a gift to ${DEMO_RECIPIENT.recipient_name}`)

  const gift = await waitFor(
    async () => {
      const body = await store.get(`/store/gifting/orders/${order.id}`).catch(() => null)
      return body?.gift_order?.recipient_link ? body.gift_order : null
    },
    { timeoutMs: 60_000, intervalMs: 500, what: "the recipient link" }
  )
  say(
    `storefront: GET /store/gifting/orders/:id gives the recipient link ${gift.recipient_link} (gift ${gift.order_number}, ${gift.status})`
  )

  await onLink?.({ order, gift })

  const page = await fetch(gift.recipient_link)
  if (!page.ok) throw new Error(`the recipient page answered ${page.status}`)
  const submitted = await fetch(gift.recipient_link, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      receiver_name: DEMO_RECIPIENT.recipient_name,
      receiver_email: DEMO_RECIPIENT.recipient_email,
      receiver_phone: "+44 20 7946 0958",
      receiver_address: "4 Orchard Row\nLondon N1 7GU\nUnited Kingdom",
    }),
  })
  if (!submitted.ok) throw new Error(`the recipient form answered ${submitted.status}`)
  say("recipient: opened the link and entered their delivery address on the Giftyzet page")

  say("store: waiting for the gifting-poll-gift-orders job (runs every minute) to learn the confirmation…")
  const confirmed = await waitFor(
    async () => {
      const { gift_order } = await admin.get(`/admin/gifting/orders/${order.id}`)
      return gift_order.status === "confirmed" ? gift_order : null
    },
    { timeoutMs: 150_000, intervalMs: 2000, what: "the poll job to see the confirmation" }
  )
  say(
    `admin: gift confirmed at ${confirmed.confirmed_at}; ship to ${confirmed.recipient.name}, ${confirmed.recipient.address.replace(/\n/g, ", ")}`
  )
  return { order, gift: confirmed }
}
