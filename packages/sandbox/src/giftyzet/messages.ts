/**
 * Error and status messages exactly as Giftyzet sends them. Integrations
 * match some of these strings, so they must not be reworded.
 */
export const MESSAGES = {
  unauthorized: "Invalid or missing API key. Use X-API-Key header.",
  externalOrderIdRequired: "external_order_id is required",
  senderFieldsRequired: "sender_name, sender_email, sender_phone, sender_address are required",
  receiverFieldsRequired: "receiver_name and receiver_email are required",
  itemsRequired: "items must be a non-empty array",
  amountsInvalid: "subtotal and total must be valid positive numbers",
  duplicateExternalOrderId: "An order with this external_order_id already exists for your integration.",
  orderNotFound: "Order not found or access denied",
  externalOrderIdQueryRequired: "Query parameter external_order_id is required",
  validOrderIdRequired: "Valid order id is required",
  statusInvalid: "status must be one of: pending, confirmed, dispatched, delivered, cancelled",
  orderCreated:
    "Order created. Send recipient_link to the recipient so they can enter their delivery address.",
  statusUpdated: "Order status updated.",
  keyValid: "API key is valid. You can use it to create and manage orders.",
  internalError: "Internal server error",
  adminUnauthorized: "Unauthorized",
  nameRequired: "name is required",
  storeIdRequired: "store_id is required",
  feeInvalid: "fee_per_order must be a non-negative number",
  storeHasIntegration:
    "This store already has a plugin integration. Use the existing API key or deactivate it first.",
  apiKeyShownOnce: "Store this API key securely. It will not be shown again.",
} as const

/** Newer deployments word the 401 differently depending on what was sent. */
export const NEWER_MESSAGES = {
  missingKey: "Missing API key. Send header X-API-Key: <your-key> or Authorization: Bearer <your-key>.",
  invalidKey: (keyLength: number): string =>
    `API key not recognized. Received key length: ${keyLength}. Expected: 58 chars starting with gfty_live_.`,
  createGone:
    "POST /api/plugin/v1/orders is no longer available on this deployment: orders are created by the hosted checkout (POST /api/plugin/v1/checkout).",
} as const

/**
 * Checks the partner leaves to the caller; the sandbox is stricter so that
 * a wrong payload is caught before it reaches a real deployment.
 */
export const SANDBOX_MESSAGES = {
  itemInvalid: (index: number): string =>
    `items[${index}] needs a non-empty name, a price of 0 or more and, when given, an integer quantity of at least 1`,
  shippingTaxInvalid: "shipping and tax must be valid non-negative numbers",
  receiverPhoneInvalid: "receiver_phone must be a string",
} as const
