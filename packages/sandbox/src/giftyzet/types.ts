/**
 * Data kept by the Giftyzet sandbox. Field names follow the partner's
 * database columns so the response shapes can be built without renaming.
 */

/** Which Giftyzet deployment the sandbox imitates (see `generation.ts`). */
export type GiftyzetGeneration = "documented" | "newer" | "newer-with-create"

export const ORDER_STATUSES = ["pending", "confirmed", "dispatched", "delivered", "cancelled"] as const

/** Lifecycle status of a plugin order. */
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Where an integration came from; `admin` ones are removed by a reset. */
export type IntegrationOrigin = "option" | "default" | "admin"

/** One plugin integration (one API key). Only a hash of the key is kept. */
export type StoredIntegration = {
  id: string
  name: string
  store_id: string
  vendor_id: string
  fee_per_order: number
  api_key_hash: string
  api_key_prefix: string
  is_active: boolean
  created_at: string
  origin: IntegrationOrigin
}

export type StoredOrderItem = {
  id: string
  order_id: string
  item_type: "product"
  name: string
  price: number
  quantity: number
  image_url: string | null
}

/** A plugin order as the sandbox stores it (superset of every response shape). */
export type StoredOrder = {
  id: string
  order_number: string
  external_order_id: string
  order_type: "plugin"
  status: OrderStatus
  payment_status: "paid"
  sender_name: string
  sender_email: string
  sender_phone: string
  sender_address: string
  receiver_name: string
  receiver_email: string
  /** Empty string until known, as the partner stores it. */
  receiver_phone: string
  /** Empty string until the recipient submits the form. */
  receiver_address: string
  subtotal: number
  shipping: number
  tax: number
  total: number
  gift_token: string
  gift_link: string
  plugin_fee: number
  plugin_integration_id: string
  user_id: string
  created_at: string
  confirmed_at: string | null
  dispatched_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  updated_at: string
  items: StoredOrderItem[]
}

/**
 * What happened to create calls carrying one `external_order_id` (across
 * all integrations). `accepted` is the number of orders actually stored:
 * an exactly-once test asserts it is 1 however many calls were `received`.
 */
export type CreateCallCounters = {
  /** Create requests whose body carried this id, whatever their outcome. */
  received: number
  /** Orders stored (answered 200, or stored before a fail-after-commit fault). */
  accepted: number
  /** Answered 409 because the id already existed for the integration. */
  conflicts: number
  /** Answered 400, 401 or 410. */
  rejected: number
  /** Answered by an injected fault before reaching the handler. */
  faulted: number
}

/** Runtime switches that can be flipped through the control endpoints. */
export type SandboxConfig = {
  generation: GiftyzetGeneration
  /** When true, `POST /api/plugin/v1/orders` answers 410 Gone whatever the generation. */
  gone: boolean
}
