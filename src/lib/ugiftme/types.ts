import type { z } from "@medusajs/framework/zod"
import type {
  accountSchema,
  bulkSummarySchema,
  createdWebhookSchema,
  orderPageSchema,
  orderRequestSchema,
  orderSchema,
  orderSearchPageSchema,
  productFiltersSchema,
  productPageSchema,
  productSchema,
  rejectedOrderSchema,
  transactionPageSchema,
  walletBalanceSchema,
  walletSchema,
  walletTransactionSchema,
  webhookSubscriptionSchema,
  webhookTestResultSchema,
} from "./schemas"

/** `GET /auth` answer. */
export type UgiftmeAccount = z.output<typeof accountSchema>
export type UgiftmeProduct = z.output<typeof productSchema>
export type UgiftmeProductPage = z.output<typeof productPageSchema>
export type UgiftmeProductFilters = z.output<typeof productFiltersSchema>
/** A voucher order. `merchant.voucherCode` / `redemptionUrl` are the recipient's secrets. */
export type UgiftmeOrder = z.output<typeof orderSchema>
export type UgiftmeOrderPage = z.output<typeof orderPageSchema>
export type UgiftmeOrderSearchPage = z.output<typeof orderSearchPageSchema>
export type UgiftmeOrderRequest = z.output<typeof orderRequestSchema>
/** Known order request states; the schema keeps any string. */
export type UgiftmeOrderRequestStatus = "queued" | "processing" | "succeeded" | "failed"
export type UgiftmeRejectedOrder = z.output<typeof rejectedOrderSchema>
export type UgiftmeBulkSummary = z.output<typeof bulkSummarySchema>
export type UgiftmeWallet = z.output<typeof walletSchema>
export type UgiftmeWalletTransaction = z.output<typeof walletTransactionSchema>
export type UgiftmeWalletBalance = z.output<typeof walletBalanceSchema>
export type UgiftmeTransactionPage = z.output<typeof transactionPageSchema>
/** `POST /webhooks` answer; `secret` is shown only here. */
export type UgiftmeCreatedWebhook = z.output<typeof createdWebhookSchema>
export type UgiftmeWebhookSubscription = z.output<typeof webhookSubscriptionSchema>
export type UgiftmeWebhookTestResult = z.output<typeof webhookTestResultSchema>

/** Body of `POST /orders` (one item of `POST /orders/bulk`). */
export type UgiftmeCreateOrderInput = {
  productCode: string
  merchant: string
  currency: string
  valuePurchased: number
  recipientEmail?: string
  recipientName?: string
  giftMessage?: string
}

/** 201 (sync) gives the order; 202 (async) an order request to follow. */
export type UgiftmeCreateOrderResult =
  { kind: "created"; order: UgiftmeOrder } | { kind: "queued"; orderRequestId: string; status: string }

export type UgiftmeCreateBulkOrderResult =
  | {
      kind: "created"
      orders: UgiftmeOrder[]
      summary: UgiftmeBulkSummary | undefined
      rejectedOrders: UgiftmeRejectedOrder[]
    }
  | { kind: "queued"; orderRequestId: string; status: string }

export type UgiftmeWebhookEventName =
  | "order.queued"
  | "order.processing"
  | "order.succeeded"
  | "order.failed"
  | "product.updated"
  | "wallet.updated"
