import { productSnippet, valueRuleViolation } from "./catalog"
import { objectId, transactionId, voucherCode } from "./ids"
import type { ErrorBody, OrderInput, Product, StoredOrder } from "./types"

/** Order fields shared by every rendering. */
type OrderBase = Omit<StoredOrder, "userId" | "orderRequestId" | "idempotencyKey" | "imageUrl">

export const MISSING_FIELDS_BODY: ErrorBody = {
  error: "Some required fields are missing",
  message: "All fields are required: productCode, merchant, currency, valuePurchased",
}

export type OrderValidation =
  { ok: true; input: OrderInput; product: Product } | { ok: false; status: 400 | 404; body: ErrorBody }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "")
}

function invalid(error: string, message: string): OrderValidation {
  return { ok: false, status: 400, body: { error, message } }
}

/**
 * Validates one `POST /orders` body against the catalog.
 *
 * The docs only describe the "missing fields" and "product not found" errors;
 * for the rest (types, currency, value rules, recipient) the sandbox answers
 * 400 `{ error, message }`, the documented generic shape. A product is found by
 * `productCode` and its `merchant` name must match (case-insensitive); an
 * inactive product is "not found".
 */
export function validateOrderInput(raw: unknown, products: Product[]): OrderValidation {
  const body = (typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<
    string,
    unknown
  >
  if (["productCode", "merchant", "currency", "valuePurchased"].some((field) => isBlank(body[field]))) {
    return { ok: false, status: 400, body: MISSING_FIELDS_BODY }
  }
  const { productCode, merchant, currency, valuePurchased, recipientEmail, recipientName, giftMessage } = body
  if (typeof productCode !== "string" || typeof merchant !== "string" || typeof currency !== "string") {
    return invalid("Invalid order", "productCode, merchant and currency must be strings")
  }
  if (typeof valuePurchased !== "number" || !Number.isFinite(valuePurchased)) {
    return invalid("Invalid valuePurchased", "valuePurchased must be a number")
  }
  if (!isBlank(recipientEmail) && (typeof recipientEmail !== "string" || !EMAIL.test(recipientEmail))) {
    return invalid("Invalid recipientEmail", "recipientEmail must be a valid email address")
  }
  if (!isBlank(recipientName) && (typeof recipientName !== "string" || recipientName.length > 200)) {
    return invalid("Invalid recipientName", "recipientName must be a string of at most 200 characters")
  }
  if (!isBlank(giftMessage) && (typeof giftMessage !== "string" || giftMessage.length > 1000)) {
    return invalid("Invalid giftMessage", "giftMessage must be a string of at most 1000 characters")
  }
  const product = products.find(
    (p) =>
      p.productCode === productCode &&
      p.merchant.toLowerCase() === merchant.trim().toLowerCase() &&
      p.isActive
  )
  if (!product) {
    return { ok: false, status: 404, body: { error: "Product not found" } }
  }
  if (currency.toUpperCase() !== product.currency) {
    return invalid("Invalid currency", `${product.productCode} is sold in ${product.currency}`)
  }
  const violation = valueRuleViolation(product, valuePurchased)
  if (violation) {
    return invalid("Invalid valuePurchased", violation)
  }
  const input: OrderInput = {
    productCode,
    merchant: product.merchant,
    currency: product.currency,
    valuePurchased,
  }
  if (typeof recipientEmail === "string" && recipientEmail !== "") input.recipientEmail = recipientEmail
  if (typeof recipientName === "string" && recipientName !== "") input.recipientName = recipientName
  if (typeof giftMessage === "string" && giftMessage !== "") input.giftMessage = giftMessage
  return { ok: true, input, product }
}

/** A new paid, active voucher order. The caller debits the wallet. */
export function buildOrder(
  userId: string,
  input: OrderInput,
  product: Product,
  meta: { orderRequestId: string | null; idempotencyKey: string | null },
  now: Date
): StoredOrder {
  const stamp = now.toISOString()
  const expiry = new Date(now)
  expiry.setUTCFullYear(expiry.getUTCFullYear() + 1)
  const order: StoredOrder = {
    _id: objectId(now.getTime()),
    userId,
    productCode: product.productCode,
    merchant: {
      name: product.merchant,
      distributionMethod: "EMAIL",
      voucherCode: voucherCode(),
      redemptionUrl: product.redemptionUrl,
    },
    currency: product.currency,
    valuePurchased: input.valuePurchased,
    status: "active",
    isPaid: true,
    isActive: true,
    isActivated: false,
    usageLimit: 1,
    expiryDate: expiry.toISOString(),
    transactionId: transactionId(),
    createdAt: stamp,
    updatedAt: stamp,
    imageUrl: product.imageUrl,
    orderRequestId: meta.orderRequestId,
    idempotencyKey: meta.idempotencyKey,
  }
  if (input.giftMessage || input.recipientEmail || input.recipientName) {
    order.giftOrder = {
      ...(input.giftMessage ? { message: input.giftMessage } : {}),
      ...(input.recipientEmail ? { recipientEmail: input.recipientEmail } : {}),
      ...(input.recipientName ? { recipientName: input.recipientName } : {}),
    }
  }
  return order
}

function baseView(order: StoredOrder): OrderBase {
  const { userId: _userId, orderRequestId: _request, idempotencyKey: _key, imageUrl: _image, ...rest } = order
  return {
    ...rest,
    merchant: { ...rest.merchant },
    ...(rest.giftOrder ? { giftOrder: { ...rest.giftOrder } } : {}),
  }
}

/** Synchronous 201 rendering: `product` populated instead of `imageUrl`. */
export function createdOrderView(order: StoredOrder, product: Product): Record<string, unknown> {
  return { ...baseView(order), product: productSnippet(product) }
}

/** List, search and order-request rendering: with `imageUrl`. */
export function listedOrderView(order: StoredOrder): Record<string, unknown> {
  return { ...baseView(order), imageUrl: order.imageUrl }
}

/** `GET /orders/{id}` rendering (`BusinessOrderDetail`): adds `userId` and `ownershipHistory`. */
export function detailedOrderView(order: StoredOrder): Record<string, unknown> {
  const history = order.giftOrder?.recipientEmail
    ? [{ action: "sent", transferDate: order.createdAt, toEmail: order.giftOrder.recipientEmail }]
    : []
  return { ...listedOrderView(order), userId: order.userId, ownershipHistory: history }
}
