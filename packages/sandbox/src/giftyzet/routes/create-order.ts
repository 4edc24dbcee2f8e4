import { uuid } from "../../common/ids"
import { refusesPluginOrders } from "../generation"
import { authenticate } from "../auth"
import type { RequestContext } from "../context"
import { json, type SandboxResponse } from "../../common/http"
import { jsonError, parseJsonObject } from "../http-response"
import { generateGiftToken, generateOrderNumber } from "../ids"
import { MESSAGES, NEWER_MESSAGES } from "../messages"
import type { StoredOrder } from "../types"
import { validateCreateOrder, type ValidCreateOrder } from "../validation"

/** The `external_order_id` of a create body, for the counters (raw, trimmed). */
export function externalIdOfCreateBody(body: string): string | undefined {
  const value = parseJsonObject(body).external_order_id
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined
}

/** `POST /api/plugin/v1/orders` */
export function createOrder(ctx: RequestContext): SandboxResponse {
  const externalId = externalIdOfCreateBody(ctx.body)
  const record = (outcome: "accepted" | "conflicts" | "rejected"): void => {
    if (externalId) {
      ctx.state.recordCreateOutcome(externalId, outcome)
    }
  }

  if (refusesPluginOrders(ctx.state.config)) {
    record("rejected")
    return jsonError(410, NEWER_MESSAGES.createGone)
  }
  const auth = authenticate(ctx)
  if ("response" in auth) {
    record("rejected")
    return auth.response
  }
  const validation = validateCreateOrder(parseJsonObject(ctx.body))
  if (!validation.ok) {
    record("rejected")
    return jsonError(400, validation.message)
  }
  const input = validation.value
  // From this check to addOrder nothing awaits, so two concurrent creates
  // with the same id cannot both pass: the second one gets the 409.
  if (ctx.state.findOrderForIntegration(auth.integration.id, input.external_order_id)) {
    record("conflicts")
    return jsonError(409, MESSAGES.duplicateExternalOrderId)
  }

  const order = buildOrder(input, auth.integration.id, auth.integration.fee_per_order, ctx.publicBaseUrl)
  ctx.state.addOrder(order)
  record("accepted")
  return json(200, {
    order_id: order.id,
    order_number: order.order_number,
    recipient_link: order.gift_link,
    gift_token: order.gift_token,
    status: order.status,
    message: MESSAGES.orderCreated,
  })
}

function buildOrder(
  input: ValidCreateOrder,
  integrationId: string,
  fee: number,
  baseUrl: string
): StoredOrder {
  const now = new Date()
  const id = uuid()
  const token = generateGiftToken()
  return {
    id,
    order_number: generateOrderNumber(now.getTime()),
    external_order_id: input.external_order_id,
    order_type: "plugin",
    status: "pending",
    payment_status: "paid",
    sender_name: input.sender_name,
    sender_email: input.sender_email,
    sender_phone: input.sender_phone,
    sender_address: input.sender_address,
    receiver_name: input.receiver_name,
    receiver_email: input.receiver_email,
    receiver_phone: input.receiver_phone,
    receiver_address: "",
    subtotal: input.subtotal,
    shipping: input.shipping,
    tax: input.tax,
    total: input.total,
    gift_token: token,
    gift_link: `${baseUrl}/gift-receiver/${token}`,
    plugin_fee: fee,
    plugin_integration_id: integrationId,
    user_id: "",
    created_at: now.toISOString(),
    confirmed_at: null,
    dispatched_at: null,
    delivered_at: null,
    cancelled_at: null,
    updated_at: now.toISOString(),
    items: input.items.map((item) => ({
      id: uuid(),
      order_id: id,
      item_type: "product",
      name: item.name,
      price: item.price,
      quantity: item.quantity,
      image_url: item.image_url,
    })),
  }
}
