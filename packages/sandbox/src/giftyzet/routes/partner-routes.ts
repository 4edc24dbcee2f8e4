import type { Route } from "../router"
import { createIntegration, listIntegrations } from "./admin-integrations"
import { createOrder } from "./create-order"
import { getOrderById, getOrdersCollection } from "./get-order"
import { rejectGift, showRecipientPage, submitRecipientForm } from "./recipient"
import { updateOrderStatus } from "./update-status"
import { validateKey } from "./validate-key"

/** The routes a real Giftyzet deployment has (subject to faults and stats). */
export const PARTNER_ROUTES: Route[] = [
  { method: "POST", pattern: "/api/plugin/v1/orders", handler: createOrder },
  { method: "GET", pattern: "/api/plugin/v1/orders", handler: getOrdersCollection },
  { method: "GET", pattern: "/api/plugin/v1/orders/:id", handler: getOrderById },
  { method: "PATCH", pattern: "/api/plugin/v1/orders/:id", handler: updateOrderStatus },
  { method: "GET", pattern: "/api/plugin/v1/validate", handler: validateKey },
  { method: "POST", pattern: "/api/admin/plugin-integrations", handler: createIntegration },
  { method: "GET", pattern: "/api/admin/plugin-integrations", handler: listIntegrations },
  { method: "GET", pattern: "/gift-receiver/:token", handler: showRecipientPage },
  { method: "POST", pattern: "/gift-receiver/:token", handler: submitRecipientForm },
  { method: "POST", pattern: "/gift-receiver/:token/reject", handler: rejectGift },
]
