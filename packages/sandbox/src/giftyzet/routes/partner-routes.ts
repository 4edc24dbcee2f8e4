import type { Route } from "../context"
import { createIntegration, listIntegrations } from "./admin-integrations"
import { createOrder } from "./create-order"
import { getOrderById, getOrdersCollection } from "./get-order"
import { rejectGift, showRecipientPage, submitRecipientForm } from "./recipient"
import { updateOrderStatus } from "./update-status"
import { validateKey } from "./validate-key"

/** The routes a real Giftyzet deployment has (subject to faults and stats). */
export const PARTNER_ROUTES: Route[] = [
  { method: "POST", path: "/api/plugin/v1/orders", handler: createOrder },
  { method: "GET", path: "/api/plugin/v1/orders", handler: getOrdersCollection },
  { method: "GET", path: "/api/plugin/v1/orders/:id", handler: getOrderById },
  { method: "PATCH", path: "/api/plugin/v1/orders/:id", handler: updateOrderStatus },
  { method: "GET", path: "/api/plugin/v1/validate", handler: validateKey },
  // Fidelity only: Giftyzet's own admin API for minting integration keys; the plugin never calls it.
  { method: "POST", path: "/api/admin/plugin-integrations", handler: createIntegration },
  // Fidelity only: lists what the admin API above minted; the plugin never calls it.
  { method: "GET", path: "/api/admin/plugin-integrations", handler: listIntegrations },
  { method: "GET", path: "/gift-receiver/:token", handler: showRecipientPage },
  { method: "POST", path: "/gift-receiver/:token", handler: submitRecipientForm },
  { method: "POST", path: "/gift-receiver/:token/reject", handler: rejectGift },
]
