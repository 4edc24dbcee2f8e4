import { z } from "@medusajs/framework/zod"

/**
 * Zod (v4) schemas of Giftyzet's plugin API. Requests are checked strictly;
 * responses are read tolerantly: unknown fields are ignored, empty strings
 * and nulls are both accepted, and amounts may arrive as numeric strings.
 */

export const GIFTYZET_ORDER_STATUSES = [
  "pending",
  "confirmed",
  "dispatched",
  "delivered",
  "cancelled",
] as const

export const giftyzetOrderStatusSchema = z.enum(GIFTYZET_ORDER_STATUSES)

/** Order lifecycle status at Giftyzet. */
export type GiftyzetOrderStatus = z.infer<typeof giftyzetOrderStatusSchema>

const nonBlank = z.string().regex(/\S/, "must not be blank")
const amountIn = z.number().nonnegative()

/** One line of the create payload. */
export const giftyzetCreateOrderItemSchema = z.object({
  name: nonBlank,
  /** Unit price in major units (59.39, not 5939). */
  price: amountIn,
  quantity: z.number().int().min(1).optional(),
  image_url: z.string().optional(),
})

/** Body of `POST /api/plugin/v1/orders`. Amounts are major units. */
export const giftyzetCreateOrderInputSchema = z.object({
  external_order_id: nonBlank,
  sender_name: nonBlank,
  sender_email: nonBlank,
  sender_phone: nonBlank,
  sender_address: nonBlank,
  receiver_name: nonBlank,
  receiver_email: nonBlank,
  receiver_phone: z.string().optional(),
  items: z.array(giftyzetCreateOrderItemSchema).min(1),
  subtotal: amountIn,
  shipping: amountIn.optional(),
  tax: amountIn.optional(),
  total: z.number().positive(),
})

/** What the caller sends to create a gift order. */
export type GiftyzetCreateOrderInput = z.infer<typeof giftyzetCreateOrderInputSchema>

/** Body of a 200 answer to the create call. */
export const giftyzetCreateOrderResponseSchema = z.object({
  order_id: z.string().min(1),
  order_number: z.string().min(1),
  recipient_link: z.string().min(1),
  gift_token: z.string().nullish(),
  status: giftyzetOrderStatusSchema,
  message: z.string().nullish(),
})

const amountOut = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
])
const optionalText = z.string().nullish()
const optionalAmount = amountOut.nullish()

const orderItemSchema = z.object({
  id: z.string().nullish(),
  name: z.string(),
  price: amountOut,
  quantity: amountOut.nullish(),
  image_url: optionalText,
})

/** A GET answer as documented: `{ order: { ...flat fields }, order_items }`. */
export const giftyzetDocumentedOrderResponseSchema = z.object({
  order: z.object({
    id: z.string().min(1),
    order_number: z.string(),
    external_order_id: z.string().nullish(),
    status: giftyzetOrderStatusSchema,
    payment_status: optionalText,
    sender_name: optionalText,
    sender_email: optionalText,
    sender_phone: optionalText,
    sender_address: optionalText,
    receiver_name: optionalText,
    receiver_email: optionalText,
    receiver_phone: optionalText,
    receiver_address: optionalText,
    subtotal: amountOut,
    shipping: optionalAmount,
    tax: optionalAmount,
    total: amountOut,
    gift_token: optionalText,
    gift_link: optionalText,
    created_at: optionalText,
    confirmed_at: optionalText,
  }),
  order_items: z.array(orderItemSchema).nullish(),
})

const partySchema = z.object({
  name: optionalText,
  email: optionalText,
  phone: optionalText,
  address: optionalText,
})

/** A GET answer of newer deployments: nested `sender`/`receiver`, no link. */
export const giftyzetNewerOrderResponseSchema = z.object({
  order_id: z.string().min(1),
  order_number: z.string(),
  external_order_id: z.string().nullish(),
  status: giftyzetOrderStatusSchema,
  payment_status: optionalText,
  subtotal: amountOut,
  shipping: optionalAmount,
  tax: optionalAmount,
  total: amountOut,
  created_at: optionalText,
  confirmed_at: optionalText,
  sender: partySchema.nullish(),
  receiver: partySchema.nullish(),
  order_items: z.array(orderItemSchema).nullish(),
})

/** Either GET shape. */
export const giftyzetOrderResponseSchema = z.union([
  giftyzetDocumentedOrderResponseSchema,
  giftyzetNewerOrderResponseSchema,
])

export type GiftyzetDocumentedOrderResponse = z.infer<typeof giftyzetDocumentedOrderResponseSchema>
export type GiftyzetNewerOrderResponse = z.infer<typeof giftyzetNewerOrderResponseSchema>
export type GiftyzetOrderResponse = z.infer<typeof giftyzetOrderResponseSchema>

/** One row of `GET /api/plugin/v1/orders?page&limit` (newer deployments). */
export const giftyzetOrderListEntrySchema = z.object({
  id: z.string().min(1),
  order_number: z.string(),
  external_order_id: z.string().nullish(),
  status: giftyzetOrderStatusSchema,
  payment_status: optionalText,
  subtotal: optionalAmount,
  shipping: optionalAmount,
  tax: optionalAmount,
  total: amountOut,
  created_at: optionalText,
  confirmed_at: optionalText,
  sender_name: optionalText,
  sender_email: optionalText,
  receiver_name: optionalText,
  receiver_email: optionalText,
})

export const giftyzetOrderListResponseSchema = z.object({
  orders: z.array(giftyzetOrderListEntrySchema),
  pagination: z.object({
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
  }),
})

export type GiftyzetOrderListEntry = z.infer<typeof giftyzetOrderListEntrySchema>

/** `GET /api/plugin/v1/validate` (newer deployments). */
export const giftyzetValidateResponseSchema = z.object({
  valid: z.boolean(),
  integration_name: optionalText,
  message: optionalText,
})

/** `PATCH /api/plugin/v1/orders/{id}` (newer deployments). */
export const giftyzetUpdateStatusResponseSchema = z.object({
  order_id: z.string().min(1),
  status: giftyzetOrderStatusSchema,
  message: optionalText,
})

/** The partner's error body. */
export const giftyzetErrorBodySchema = z.object({ error: z.string() })
