import { z } from "@medusajs/framework/zod"

/**
 * Zod (v4) schemas for UGiftMe answers. Objects are loose (unknown fields are
 * kept) and fields the docs leave vague are optional or fall back to
 * `undefined` with `.catch()`, so a partner adding or reshaping a side field
 * does not break purchases. Fields the integration relies on (ids, amounts,
 * currencies, statuses) stay strict.
 */

/** A string, or an object carrying a `name`, read as that name. */
const nameLike = z.union([z.string(), z.looseObject({ name: z.string() }).transform((value) => value.name)])

const optionalString = z.string().optional().catch(undefined)
const optionalNumber = z.number().optional().catch(undefined)
const optionalBoolean = z.boolean().optional().catch(undefined)

/** Error text that may come as a string or an object with a `message`. */
export const errorText = z.unknown().transform((value): string | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === "string") return value
  if (typeof value === "object" && "message" in value && typeof value.message === "string")
    return value.message
  return JSON.stringify(value)
})

export const accountSchema = z.looseObject({
  id: optionalString,
  _id: optionalString,
  name: optionalString,
  email: optionalString,
  plan: optionalString,
  verified: z.union([z.boolean(), z.string()]).optional().catch(undefined),
  status: optionalString,
})

/**
 * Catalog item. Only `productCode` is certain; the value rules
 * (`denominations` or `minValue`/`maxValue`) are sandbox field names the
 * public docs do not fix, hence optional.
 */
export const productSchema = z.looseObject({
  _id: optionalString,
  productCode: z.string(),
  name: optionalString,
  merchant: nameLike.optional().catch(undefined),
  category: optionalString,
  currency: optionalString,
  countryCode: optionalString,
  imageUrl: optionalString,
  description: optionalString,
  denominationType: optionalString,
  denominations: z.array(z.number()).optional().catch(undefined),
  minValue: optionalNumber,
  maxValue: optionalNumber,
  isActive: optionalBoolean,
  updatedAt: optionalString,
})

export const productPageSchema = z.looseObject({
  products: z.array(productSchema),
  pagination: z
    .looseObject({
      total: optionalNumber,
      page: optionalNumber,
      limit: optionalNumber,
      totalPages: optionalNumber,
    })
    .optional()
    .catch(undefined),
})

export const productFiltersSchema = z.looseObject({
  categories: z.array(nameLike).catch([]).default([]),
  merchants: z.array(nameLike).catch([]).default([]),
})

export const orderSchema = z.looseObject({
  _id: z.string(),
  productCode: z.string(),
  product: z
    .looseObject({ imageUrl: optionalString, merchant: optionalString, productCode: optionalString })
    .optional()
    .catch(undefined),
  /** Holds `voucherCode` and `redemptionUrl`: secrets of the recipient, never log them. */
  merchant: z
    .looseObject({
      name: optionalString,
      distributionMethod: optionalString,
      voucherCode: optionalString,
      redemptionUrl: optionalString,
    })
    .optional()
    .catch(undefined),
  currency: z.string(),
  valuePurchased: z.number(),
  status: optionalString,
  isPaid: optionalBoolean,
  isActive: optionalBoolean,
  isActivated: optionalBoolean,
  usageLimit: optionalNumber,
  expiryDate: optionalString,
  giftOrder: z
    .looseObject({ message: optionalString, recipientEmail: optionalString, recipientName: optionalString })
    .optional()
    .catch(undefined),
  transactionId: optionalString,
  createdAt: optionalString,
  updatedAt: optionalString,
  imageUrl: optionalString,
  userId: optionalString,
  ownershipHistory: z.array(z.unknown()).optional().catch(undefined),
})

/** 202 answer of `POST /orders` and `/orders/bulk` in async mode. */
export const orderAcceptedSchema = z.looseObject({
  orderRequestId: z.string(),
  status: z.string(),
})

export const rejectedOrderSchema = z.looseObject({ productCode: optionalString, reason: optionalString })

export const bulkSummarySchema = z.looseObject({
  totalOrders: optionalNumber,
  totalValue: optionalNumber,
  currency: optionalString,
  remainingBalance: optionalNumber,
})

export const bulkCreatedSchema = z.looseObject({
  success: optionalBoolean,
  orders: z.array(orderSchema),
  summary: bulkSummarySchema.optional().catch(undefined),
  rejectedOrders: z.array(rejectedOrderSchema).catch([]).default([]),
})

/**
 * `GET /orders/order-requests/{id}`. `status` is kept as a string (the known
 * values are queued, processing, succeeded, failed) and `result` as unknown:
 * the docs warn its shape may change; use `extractOrderIds`.
 */
export const orderRequestSchema = z.looseObject({
  orderRequestId: z.string(),
  status: z.string(),
  type: optionalString,
  result: z.unknown().optional(),
  error: errorText.optional(),
  createdAt: optionalString,
  updatedAt: optionalString,
})

export const orderPageSchema = z.looseObject({
  total: optionalNumber,
  page: optionalNumber,
  totalPages: optionalNumber,
  orders: z.array(orderSchema),
})

export const orderSearchPageSchema = z.looseObject({
  success: optionalBoolean,
  orders: z.array(orderSchema),
  pagination: z
    .looseObject({
      total: optionalNumber,
      totalPages: optionalNumber,
      currentPage: optionalNumber,
      limit: optionalNumber,
    })
    .optional()
    .catch(undefined),
})

export const walletTransactionSchema = z.looseObject({
  _id: optionalString,
  transactionType: z.string(),
  transactionValue: z.number(),
  timestamp: optionalString,
  orderID: z.string().nullish().catch(undefined),
  details: z.string().nullish().catch(undefined),
  currency: optionalString,
})

export const walletSchema = z.looseObject({
  _id: optionalString,
  userID: optionalString,
  currency: z.string(),
  balance: z.number(),
  availableBalance: optionalNumber,
  transactions: z.array(walletTransactionSchema).optional().catch(undefined),
  createdAt: optionalString,
  updatedAt: optionalString,
})

/** `GET /wallet`: an array (documented), or `{ wallets: [...] }`. */
export const walletListSchema = z.union([
  z.array(walletSchema),
  z.looseObject({ wallets: z.array(walletSchema) }).transform((value) => value.wallets),
])

export const walletBalanceSchema = z.looseObject({
  currency: z.string(),
  balance: z.number(),
  availableBalance: optionalNumber,
})

/**
 * `GET /wallet/balance` is undocumented ("expect currency and balance"):
 * accepted as `{ balances: [...] }`, an array, or one `{ currency, balance }`.
 */
export const walletBalanceListSchema = z.union([
  z.looseObject({ balances: z.array(walletBalanceSchema) }).transform((value) => value.balances),
  z.array(walletBalanceSchema),
  walletBalanceSchema.transform((value) => [value]),
])

export const transactionPageSchema = z.looseObject({
  transactions: z.array(walletTransactionSchema),
  pagination: z
    .looseObject({
      currentPage: optionalNumber,
      totalPages: optionalNumber,
      totalTransactions: optionalNumber,
      limit: optionalNumber,
    })
    .optional()
    .catch(undefined),
})

/** `POST /webhooks`: the only answer carrying the `secret`. Either `id` or `_id`. */
export const createdWebhookSchema = z
  .looseObject({
    id: optionalString,
    _id: optionalString,
    url: z.string(),
    events: z.array(z.string()),
    secret: z.string(),
  })
  .refine((value) => value.id !== undefined || value._id !== undefined, {
    message: "id is missing",
    path: ["id"],
  })
  .transform((value) => ({
    id: (value.id ?? value._id) as string,
    url: value.url,
    events: value.events,
    secret: value.secret,
  }))

export const webhookSubscriptionSchema = z
  .looseObject({
    _id: optionalString,
    id: optionalString,
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().nullish().catch(undefined),
    isActive: optionalBoolean,
    lastUsed: z.string().nullish().catch(undefined),
    deliveryStats: z
      .looseObject({ success: optionalNumber, failed: optionalNumber })
      .optional()
      .catch(undefined),
    createdAt: optionalString,
    updatedAt: optionalString,
  })
  .refine((value) => value.id !== undefined || value._id !== undefined, {
    message: "id is missing",
    path: ["_id"],
  })
  .transform(({ _id, id, ...rest }) => ({ ...rest, id: (_id ?? id) as string }))

/** `GET /webhooks`: an array, or `{ webhooks: [...] }`. */
export const webhookListSchema = z.union([
  z.array(webhookSubscriptionSchema),
  z.looseObject({ webhooks: z.array(webhookSubscriptionSchema) }).transform((value) => value.webhooks),
])

export const webhookUpdatedSchema = z.looseObject({
  message: optionalString,
  webhook: webhookSubscriptionSchema,
})

export const webhookTestResultSchema = z.looseObject({
  ok: z.boolean(),
  payload: z.unknown().optional(),
  statusCode: z.number().nullish().catch(undefined),
  errorMessage: z.string().nullish().catch(undefined),
})
