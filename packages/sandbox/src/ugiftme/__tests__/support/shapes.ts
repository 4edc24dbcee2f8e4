import { api } from "./http"

/** What the tests read from sandbox answers. */
export type OrderJson = {
  _id: string
  productCode: string
  currency: string
  valuePurchased: number
  status: string
  merchant: { name: string; distributionMethod: string; voucherCode: string; redemptionUrl: string }
  product?: { imageUrl: string; merchant: string; productCode: string }
  imageUrl?: string
  giftOrder?: { message?: string; recipientEmail?: string; recipientName?: string }
  userId?: string
  ownershipHistory?: unknown[]
  transactionId: string
  createdAt: string
  updatedAt: string
}

export type BalanceEntry = { currency: string; balance: number; availableBalance: number }

export type BalanceJson = BalanceEntry & { balances: BalanceEntry[] }

export type OrderRequestJson = {
  orderRequestId: string
  status: string
  type: string
  result: (Record<string, unknown> & { orderId?: string; orders?: OrderJson[] }) | null
  error?: string
  createdAt: string
  updatedAt: string
}

export type ErrorJson = { error: string; message?: string } & Record<string, unknown>

export type WebhookJson = {
  _id: string
  url: string
  events: string[]
  description: string | null
  isActive: boolean
  lastUsed: string | null
  deliveryStats: { success: number; failed: number }
}

/** Wallet balance of one currency. */
export async function balanceOf(origin: string, apiKey: string, currency = "GBP"): Promise<BalanceEntry> {
  const answer = await api<BalanceJson>(origin, "GET", "/wallet/balance", { apiKey })
  const entry = answer.json.balances.find((b) => b.currency === currency)
  if (!entry) throw new Error(`no ${currency} wallet`)
  return entry
}
