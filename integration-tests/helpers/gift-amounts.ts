import type { AxiosInstance } from "axios"
import type { AuthHeaders } from "./admin-auth"
import { eventually, type GiftyzetSandboxHandle } from "./giftyzet-sandbox"

export type SentGift = {
  items: { name: string; price: number; quantity: number }[]
  subtotal: number
  shipping: number
  tax: number
  total: number
}

/** The gift the Giftyzet sandbox stored for a Medusa order, once the order.placed sync sent it. */
export async function sentGiftOf(giftyzet: GiftyzetSandboxHandle, orderId: string): Promise<SentGift> {
  const [sent] = await eventually(async () => {
    const { orders } = await giftyzet.control<{ orders: SentGift[] }>(
      "GET",
      `/orders?external_order_id=${orderId}`
    )
    return orders.length > 0 ? orders : undefined
  })
  return sent
}

/** How many create calls reached the sandbox in all, for any order. */
export async function giftyzetCreateCalls(giftyzet: GiftyzetSandboxHandle): Promise<number> {
  const { create_calls } = await giftyzet.control<{ create_calls: Record<string, { received: number }> }>(
    "GET",
    "/create-calls"
  )
  return Object.values(create_calls).reduce((sum, counters) => sum + counters.received, 0)
}

type MedusaTotals = { total: number; tax_total: number; credit_line_total: number }

/** The totals Medusa computed for the order, as staff read them (`GET /admin/orders/:id`). */
export async function medusaTotals(
  api: AxiosInstance,
  admin: AuthHeaders,
  orderId: string
): Promise<MedusaTotals> {
  const { data } = await api.get(
    `/admin/orders/${orderId}?fields=id,total,tax_total,credit_line_total`,
    admin
  )
  return {
    total: Number(data.order.total),
    tax_total: Number(data.order.tax_total),
    credit_line_total: Number(data.order.credit_line_total ?? 0),
  }
}

/**
 * The amount rule (docs/amounts.md) on a payload Giftyzet stored, in the
 * currency's smallest unit: items add up to the subtotal, subtotal + shipping
 * + tax is the total, the total is what Medusa computed (store credit added
 * back), rounding only moves tax by at most a few minor units, nothing is
 * negative.
 */
export function expectAmountRule(sent: SentGift, medusa: MedusaTotals, decimals: number): void {
  const minor = (value: number) => Math.round(value * 10 ** decimals)
  const itemsMinor = sent.items.reduce((sum, item) => sum + minor(item.price) * item.quantity, 0)
  expect(itemsMinor).toBe(minor(sent.subtotal))
  expect(minor(sent.subtotal) + minor(sent.shipping) + minor(sent.tax)).toBe(minor(sent.total))
  expect(minor(sent.total)).toBe(minor(medusa.total + medusa.credit_line_total))
  expect(Math.abs(minor(sent.tax) - medusa.tax_total * 10 ** decimals)).toBeLessThanOrEqual(2)
  for (const amount of [sent.subtotal, sent.shipping, sent.tax, ...sent.items.map((item) => item.price)]) {
    expect(amount).toBeGreaterThanOrEqual(0)
  }
}
