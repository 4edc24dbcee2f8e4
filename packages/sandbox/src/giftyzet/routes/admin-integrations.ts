import { isAdmin } from "../auth"
import type { RequestContext } from "../context"
import { json, type SandboxResponse } from "../../common/http"
import { jsonError, parseJsonObject } from "../http-response"
import { generateApiKey } from "../ids"
import { MESSAGES } from "../messages"

/**
 * `POST /api/admin/plugin-integrations` (Giftyzet admin API): creates an integration and
 * returns its API key, the only time the key is ever shown.
 * Auth: `Authorization: Bearer <adminSecret>`.
 */
export function createIntegration(ctx: RequestContext): SandboxResponse {
  if (!isAdmin(ctx)) {
    return jsonError(401, MESSAGES.adminUnauthorized)
  }
  const body = parseJsonObject(ctx.body)
  const name = typeof body.name === "string" ? body.name.trim() : ""
  if (!name) {
    return jsonError(400, MESSAGES.nameRequired)
  }
  const storeId = typeof body.store_id === "string" ? body.store_id.trim() : ""
  if (!storeId) {
    return jsonError(400, MESSAGES.storeIdRequired)
  }
  const fee = typeof body.fee_per_order === "number" ? body.fee_per_order : Number.NaN
  if (!Number.isFinite(fee) || fee < 0) {
    return jsonError(400, MESSAGES.feeInvalid)
  }
  if (ctx.state.findIntegrationByStore(storeId)) {
    return jsonError(409, MESSAGES.storeHasIntegration)
  }
  const key = generateApiKey()
  const integration = ctx.state.addIntegration({ key, name, origin: "admin", storeId, feePerOrder: fee })
  return json(200, {
    id: integration.id,
    name: integration.name,
    store_id: integration.store_id,
    fee_per_order: integration.fee_per_order,
    api_key_prefix: integration.api_key_prefix,
    created_at: integration.created_at,
    api_key: key,
    message: MESSAGES.apiKeyShownOnce,
  })
}

/** `GET /api/admin/plugin-integrations` (Giftyzet admin API): lists integrations without keys. */
export function listIntegrations(ctx: RequestContext): SandboxResponse {
  if (!isAdmin(ctx)) {
    return jsonError(401, MESSAGES.adminUnauthorized)
  }
  return json(200, {
    integrations: ctx.state.integrations.map((integration) => ({
      id: integration.id,
      name: integration.name,
      store_id: integration.store_id,
      vendor_id: integration.vendor_id,
      fee_per_order: integration.fee_per_order,
      api_key_prefix: integration.api_key_prefix,
      is_active: integration.is_active,
      created_at: integration.created_at,
    })),
  })
}
