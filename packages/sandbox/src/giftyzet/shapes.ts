import type { StoredOrder } from "./types"

/** Empty partner strings read as "not set" (null). */
function orNull(value: string | null): string | null {
  if (value === null) {
    return null
  }
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

/** `GET` body of the documented generation: `{ order, order_items }`. */
export function documentedOrderBody(order: StoredOrder): Record<string, unknown> {
  return {
    order: {
      id: order.id,
      order_number: order.order_number,
      external_order_id: order.external_order_id,
      order_type: order.order_type,
      status: order.status,
      payment_status: order.payment_status,
      sender_name: order.sender_name,
      sender_email: order.sender_email,
      sender_phone: order.sender_phone,
      sender_address: order.sender_address,
      receiver_name: order.receiver_name,
      receiver_email: order.receiver_email,
      // Typed `string | null` by the reference: not yet given reads null, never "".
      receiver_phone: orNull(order.receiver_phone),
      receiver_address: orNull(order.receiver_address),
      subtotal: order.subtotal,
      shipping: order.shipping,
      tax: order.tax,
      total: order.total,
      gift_token: order.gift_token,
      gift_link: order.gift_link,
      plugin_fee: order.plugin_fee,
      created_at: order.created_at,
      confirmed_at: order.confirmed_at,
      updated_at: order.updated_at,
      user_id: order.user_id,
      plugin_integration_id: order.plugin_integration_id,
    },
    order_items: order.items.map((item) => ({
      id: item.id,
      order_id: item.order_id,
      item_type: item.item_type,
      name: item.name,
      price: item.price,
      quantity: item.quantity,
      image_url: item.image_url,
    })),
  }
}

/**
 * `GET` body of newer deployments: flat order fields plus nested `sender`
 * and `receiver`, and no `gift_token` / `gift_link`.
 */
export function newerOrderBody(order: StoredOrder): Record<string, unknown> {
  return {
    order_id: order.id,
    order_number: order.order_number,
    external_order_id: order.external_order_id,
    status: order.status,
    payment_status: order.payment_status,
    total: order.total,
    subtotal: order.subtotal,
    shipping: order.shipping,
    tax: order.tax,
    created_at: order.created_at,
    confirmed_at: order.confirmed_at,
    sender: {
      name: orNull(order.sender_name),
      email: orNull(order.sender_email),
      phone: orNull(order.sender_phone),
      address: orNull(order.sender_address),
    },
    receiver: {
      name: orNull(order.receiver_name),
      email: orNull(order.receiver_email),
      phone: orNull(order.receiver_phone),
      address: orNull(order.receiver_address),
    },
    order_items: order.items.map((item) => ({
      id: item.id,
      name: item.name,
      price: item.price,
      quantity: item.quantity,
      item_type: item.item_type,
      product_id: "",
      service_id: "",
      image_url: item.image_url,
    })),
  }
}

/** One row of the newer list endpoint. */
export function listEntry(order: StoredOrder): Record<string, unknown> {
  return {
    id: order.id,
    order_number: order.order_number,
    external_order_id: order.external_order_id,
    status: order.status,
    payment_status: order.payment_status,
    total: order.total,
    subtotal: order.subtotal,
    shipping: order.shipping,
    tax: order.tax,
    created_at: order.created_at,
    confirmed_at: order.confirmed_at,
    sender_name: order.sender_name,
    sender_email: order.sender_email,
    receiver_name: order.receiver_name,
    receiver_email: order.receiver_email,
  }
}

/** The full stored order, for the control endpoints. */
export function rawOrder(order: StoredOrder): StoredOrder {
  return { ...order, items: order.items.map((item) => ({ ...item })) }
}
